package org.linli.tenants.ads;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/** The tenant's ad settings: one row per tenant (id 1), absent until an operator changes the defaults. */
@Entity
@Table(name = "ad_policy")
public class AdPolicy extends TenantOwned {

    static final long ONLY = 1L;

    @Id
    private Long id;

    @Column(name = "refund_percent", nullable = false)
    private int refundPercent;

    @Column(name = "refund_min_days", nullable = false)
    private int refundMinDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AdPolicy() {
    }

    AdPolicy(RefundPolicy refund, Instant now) {
        this.id = ONLY;
        change(refund, now);
    }

    final void change(RefundPolicy refund, Instant now) {
        this.refundPercent = refund.percent();
        this.refundMinDays = refund.minDaysBefore();
        this.updatedAt = now;
    }

    public RefundPolicy refund() {
        return new RefundPolicy(refundPercent, refundMinDays);
    }
}
