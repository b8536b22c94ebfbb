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
import jakarta.persistence.Version;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * An alert: the events of one device and kind that arrived within the rule's dedupe window of each other, counted as
 * one. It keeps where it happened (for correlation), its severity, what became of it ({@link AlertRouting}) and the
 * case it opened or joined. A handler labels it true or false positive (and may change the label); the device's
 * false-positive rate is computed from these labels.
 */
@Entity
@Table(name = "device_alert")
public class DeviceAlert extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_alert_seq")
    @SequenceGenerator(name = "device_alert_seq", sequenceName = "device_alert_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "routing", nullable = false, length = 12)
    private AlertRouting routing;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "building_id")
    private Long buildingId;

    @Column(name = "first_at", nullable = false)
    private Instant firstAt;

    @Column(name = "last_at", nullable = false)
    private Instant lastAt;

    @Column(name = "event_count", nullable = false)
    private int eventCount;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "label", length = 16)
    private AlertLabel label;

    @Column(name = "labelled_by")
    private Long labelledBy;

    @Column(name = "labelled_at")
    private Instant labelledAt;

    protected DeviceAlert() {
    }

    DeviceAlert(Device device, EventKind kind, Severity severity, AlertRouting routing, Instant at) {
        this.deviceId = device.id();
        this.kind = kind;
        this.severity = severity;
        this.routing = routing;
        this.communityId = device.place().communityId();
        this.buildingId = device.place().buildingId();
        this.firstAt = at;
        this.lastAt = at;
        this.eventCount = 1;
    }

    /** Another event of the same device and kind within the dedupe window. */
    void repeatedAt(Instant at) {
        eventCount++;
        if (at.isAfter(lastAt)) {
            lastAt = at;
        }
    }

    /** A correlated alert elsewhere makes this one critical too. */
    void escalate(Severity to) {
        if (to.compareTo(severity) > 0) {
            severity = to;
        }
    }

    void routedTo(Long caseId, AlertRouting routing) {
        this.caseId = caseId;
        this.routing = routing;
    }

    void label(AlertLabel label, long userId, Instant at) {
        this.label = label;
        this.labelledBy = userId;
        this.labelledAt = at;
    }

    public long id() {
        return id;
    }

    public long deviceId() {
        return deviceId;
    }

    public EventKind kind() {
        return kind;
    }

    public Severity severity() {
        return severity;
    }

    public AlertRouting routing() {
        return routing;
    }

    public long communityId() {
        return communityId;
    }

    public Long buildingId() {
        return buildingId;
    }

    public Instant firstAt() {
        return firstAt;
    }

    public Instant lastAt() {
        return lastAt;
    }

    public int eventCount() {
        return eventCount;
    }

    public Long caseId() {
        return caseId;
    }

    public AlertLabel label() {
        return label;
    }

    public Long labelledBy() {
        return labelledBy;
    }

    public Instant labelledAt() {
        return labelledAt;
    }
}
