package org.linli.tenants.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a tenant's points expire: the expiry of new awards and the grace period given to points returned to a lot
 * that expired meanwhile. One row per tenant; a tenant without one uses {@link #defaults()}.
 */
@Entity
@Table(name = "points_settings")
public class PointsSettings extends TenantOwned {

    /** The one row of a tenant. */
    static final long SINGLE = 1L;
    static final int DEFAULT_GRACE_DAYS = 30;
    static final int MAX_MONTHS = 120;
    static final int MAX_GRACE_DAYS = 365;

    @Id
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "expiry_policy", nullable = false, length = 20)
    private ExpiryPolicy expiryPolicy;

    @Column(name = "expiry_months", nullable = false)
    private int expiryMonths;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PointsSettings() {
    }

    private PointsSettings(ExpiryPolicy policy, int months, int graceDays) {
        this.id = SINGLE;
        this.expiryPolicy = policy;
        this.expiryMonths = months;
        this.graceDays = graceDays;
    }

    /** End of next year, 30 days of grace. */
    public static PointsSettings defaults() {
        return new PointsSettings(ExpiryPolicy.END_OF_NEXT_YEAR, 12, DEFAULT_GRACE_DAYS);
    }

    void change(ExpiryPolicy policy, int months, int grace, Instant at) {
        check(policy, months, grace);
        this.expiryPolicy = policy;
        this.expiryMonths = months;
        this.graceDays = grace;
        this.updatedAt = at;
    }

    static void check(ExpiryPolicy policy, int months, int grace) {
        if (policy == null) {
            throw DomainException.invalid(FieldError.of("expiryPolicy", "required"));
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw DomainException.invalid(FieldError.of("expiryMonths", "range"));
        }
        if (grace < 0 || grace > MAX_GRACE_DAYS) {
            throw DomainException.invalid(FieldError.of("graceDays", "range"));
        }
    }

    /** The last day on which points awarded on {@code awardedOn} can be spent. */
    public LocalDate expiryOf(LocalDate awardedOn) {
        return expiryPolicy.expiryOf(awardedOn, expiryMonths);
    }

    public ExpiryPolicy expiryPolicy() {
        return expiryPolicy;
    }

    public int expiryMonths() {
        return expiryMonths;
    }

    public int graceDays() {
        return graceDays;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
