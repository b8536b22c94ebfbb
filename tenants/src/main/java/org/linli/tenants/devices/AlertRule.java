package org.linli.tenants.devices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Duration;
import java.time.LocalTime;

/**
 * How the tenant treats one kind of event: the dedupe window (the same device's events of this kind within it are one
 * alert), the correlation window (another device of the same building, or of the same community for devices not in
 * a building, alerting the same kind within it makes both alerts CRITICAL; 0 turns correlation off), optional quiet
 * hours (in the tenant's zone, start inclusive, end exclusive, may wrap midnight: alerts then are recorded, never
 * routed), the severity an alert starts with, and the case category an alert opens a case in (none: only recorded).
 * One rule per kind; tenants start with {@link AlertPolicy#DEFAULTS}.
 */
@Entity
@Table(name = "device_alert_rule")
public class AlertRule extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_alert_rule_seq")
    @SequenceGenerator(name = "device_alert_rule_seq", sequenceName = "device_alert_rule_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind", nullable = false, length = 20)
    private EventKind eventKind;

    @Column(name = "dedupe_minutes", nullable = false)
    private int dedupeMinutes;

    @Column(name = "correlation_minutes", nullable = false)
    private int correlationMinutes;

    @Column(name = "quiet_from")
    private Integer quietFrom;

    @Column(name = "quiet_to")
    private Integer quietTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10)
    private Severity severity;

    @Column(name = "category_id")
    private Long categoryId;

    protected AlertRule() {
    }

    AlertRule(EventKind eventKind, DeviceCommands.RuleDetails details) {
        this.eventKind = eventKind;
        change(details);
    }

    void change(DeviceCommands.RuleDetails details) {
        this.dedupeMinutes = details.dedupeMinutes();
        this.correlationMinutes = details.correlationMinutes();
        this.quietFrom = details.quietFrom();
        this.quietTo = details.quietTo();
        this.severity = details.severity();
        this.categoryId = details.categoryId();
    }

    public long id() {
        return id;
    }

    public EventKind eventKind() {
        return eventKind;
    }

    public int dedupeMinutes() {
        return dedupeMinutes;
    }

    public int correlationMinutes() {
        return correlationMinutes;
    }

    public Integer quietFrom() {
        return quietFrom;
    }

    public Integer quietTo() {
        return quietTo;
    }

    public Severity severity() {
        return severity;
    }

    public Long categoryId() {
        return categoryId;
    }

    public Duration dedupeWindow() {
        return Duration.ofMinutes(dedupeMinutes);
    }

    public Duration correlationWindow() {
        return Duration.ofMinutes(correlationMinutes);
    }

    /** Whether {@code time} (of the tenant's day) lies in the quiet hours; never without quiet hours. */
    public boolean quietAt(LocalTime time) {
        if (quietFrom == null || quietTo == null || quietFrom.equals(quietTo)) {
            return false;
        }
        int minute = time.getHour() * 60 + time.getMinute();
        return quietFrom < quietTo ? minute >= quietFrom && minute < quietTo
                : minute >= quietFrom || minute < quietTo;
    }
}
