package org.linli.tenants.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.orders.PointsDiscount;

import java.time.Instant;

/**
 * A tenant's terms for points as a discount on marketplace orders: what one point is worth in fen and the highest
 * share of an order points may pay. One row per tenant; without it discounts are off ({@link
 * PointsDiscount.Terms#OFF}), because the tenant funds every discount and must choose to.
 */
@Entity
@Table(name = "points_discount_settings")
public class DiscountSettings extends TenantOwned {

    /** The one row of a tenant. */
    static final long SINGLE = 1L;

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "point_value_fen", nullable = false)
    private long pointValueFen;

    @Column(name = "max_share_percent", nullable = false)
    private int maxSharePercent;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DiscountSettings() {
    }

    DiscountSettings(PointsDiscount.Terms terms, Instant at) {
        this.id = SINGLE;
        change(terms, at);
    }

    void change(PointsDiscount.Terms terms, Instant at) {
        this.pointValueFen = terms.pointValueFen();
        this.maxSharePercent = terms.maxSharePercent();
        this.updatedAt = at;
    }

    public PointsDiscount.Terms terms() {
        return new PointsDiscount.Terms(pointValueFen, maxSharePercent);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
