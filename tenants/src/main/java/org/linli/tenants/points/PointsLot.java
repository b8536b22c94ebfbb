package org.linli.tenants.points;

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

import java.time.Instant;
import java.time.LocalDate;

/**
 * One award of points to a member (a lot): how many, how many remain, and the last day they can be spent.
 *
 * <p>Lifecycle: awarded with {@code remaining == points}; spending takes from {@code remaining} (recorded as
 * {@link LotUse}s), giving back returns to it; at the close of {@code expiresOn} whatever remains expires (moved to
 * {@code expired}). Points given back to a lot that expired meanwhile get a grace period: {@code expiresOn} moves to
 * the end of that grace, {@code originalExpiresOn} keeps the first date. Invariant:
 * {@code 0 <= remaining}, {@code remaining + expired + in use == points}. Each lot names the rule version it was
 * awarded under and its source reference, which is unique (an event awards at most once).
 */
@Entity
@Table(name = "points_lot")
public class PointsLot extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_lot_seq")
    @SequenceGenerator(name = "points_lot_seq", sequenceName = "points_lot_seq", allocationSize = 50)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "points", nullable = false)
    private long points;

    @Column(name = "remaining", nullable = false)
    private long remaining;

    @Column(name = "expired", nullable = false)
    private long expired;

    @Column(name = "awarded_on", nullable = false)
    private LocalDate awardedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "original_expires_on", nullable = false)
    private LocalDate originalExpiresOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private EventKind kind;

    @Column(name = "topic", length = 40)
    private String topic;

    @Column(name = "rule_id")
    private Long ruleId;

    @Column(name = "rule_version")
    private Integer ruleVersion;

    @Column(name = "source", nullable = false, length = 90)
    private String source;

    @Column(name = "memo", length = 200)
    private String memo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PointsLot() {
    }

    PointsLot(Award award, long points, LocalDate awardedOn, LocalDate expiresOn, Instant createdAt) {
        this.residentId = award.resident().value();
        this.points = points;
        this.remaining = points;
        this.awardedOn = awardedOn;
        this.expiresOn = expiresOn;
        this.originalExpiresOn = expiresOn;
        this.kind = award.kind();
        this.topic = award.topic();
        this.ruleId = award.ruleId();
        this.ruleVersion = award.ruleVersion();
        this.source = award.source();
        this.memo = award.memo();
        this.createdAt = createdAt;
    }

    Lots.Lot state() {
        return new Lots.Lot(id, expiresOn, remaining);
    }

    void take(long amount) {
        if (amount <= 0 || amount > remaining) {
            throw new IllegalStateException("lot " + id + " has " + remaining + ", cannot take " + amount);
        }
        remaining -= amount;
    }

    /** Points given back; a lot past its expiry is open again until {@code until}. */
    void giveBack(long amount, LocalDate until) {
        if (amount <= 0 || remaining + amount + expired > points) {
            throw new IllegalStateException("lot " + id + " cannot take back " + amount);
        }
        remaining += amount;
        expiresOn = until;
    }

    /** Closes the lot at the end of its expiry day: whatever remains is expired. Returns how much. */
    long expire() {
        long gone = remaining;
        expired += gone;
        remaining = 0;
        return gone;
    }

    public long id() {
        return id;
    }

    public long residentId() {
        return residentId;
    }

    public long points() {
        return points;
    }

    public long remaining() {
        return remaining;
    }

    public long expired() {
        return expired;
    }

    public LocalDate awardedOn() {
        return awardedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public LocalDate originalExpiresOn() {
        return originalExpiresOn;
    }

    public EventKind kind() {
        return kind;
    }

    /** The check-in topic (e.g. {@code garbage-sorting}), or null for other kinds. */
    public String topic() {
        return topic;
    }

    public Long ruleId() {
        return ruleId;
    }

    public Integer ruleVersion() {
        return ruleVersion;
    }

    public String source() {
        return source;
    }

    public String memo() {
        return memo;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
