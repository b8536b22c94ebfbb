package org.linli.tenants.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder to a member that {@code points} expire at the end of {@code expiresOn}, recorded by the daily expiry
 * job {@link PointsWallet#REMIND_DAYS} days ahead, once per member and expiry date (a unique key guards it).
 */
@Entity
@Table(name = "points_expiry_reminder")
public class ExpiryReminder extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_expiry_reminder_seq")
    @SequenceGenerator(name = "points_expiry_reminder_seq", sequenceName = "points_expiry_reminder_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "points", nullable = false)
    private long points;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ExpiryReminder() {
    }

    ExpiryReminder(long residentId, LocalDate expiresOn, long points, Instant createdAt) {
        this.residentId = residentId;
        this.expiresOn = expiresOn;
        this.points = points;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public long residentId() {
        return residentId;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public long points() {
        return points;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
