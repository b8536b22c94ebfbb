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

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One event a device sent (heartbeats excepted: they only move last-seen), with the alert it counted towards if any.
 * Kept so that handlers see what an alert was made of, and so that rules about the absence of events (an elder's
 * door that stays shut) can ask when a device last reported a kind.
 */
@Entity
@Table(name = "device_event")
public class DeviceEventRecord extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_event_seq")
    @SequenceGenerator(name = "device_event_seq", sequenceName = "device_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private EventKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "reading", precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "detail", length = 500)
    private String detail;

    @Column(name = "alert_id")
    private Long alertId;

    protected DeviceEventRecord() {
    }

    DeviceEventRecord(long deviceId, DeviceEvent event, Instant receivedAt, Long alertId) {
        this.deviceId = deviceId;
        this.kind = event.kind();
        this.occurredAt = event.occurredAt();
        this.receivedAt = receivedAt;
        this.value = event.value();
        this.detail = event.detail();
        this.alertId = alertId;
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

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public BigDecimal value() {
        return value;
    }

    public String detail() {
        return detail;
    }

    public Long alertId() {
        return alertId;
    }
}
