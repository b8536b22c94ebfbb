package org.linli.tenants.points;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.Audited;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.orders.PointsDiscount;
import org.linli.tenants.registry.residents.ResidentDirectory;

import java.time.Clock;

/**
 * Points as a discount on marketplace orders: operators set the tenant's terms (value of a point, maximum share of
 * an order), residents see what they may use on an amount before they book. The spending itself happens when an
 * order is placed ({@link OrderPointsDiscounts}).
 */
@ApplicationService
public class PointsDiscounts {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ResidentDirectory residents;

    @Inject
    Clock clock;

    /** What the signed-in resident may put towards {@code amount}: their balance and the most points usable. */
    public record Quote(PointsDiscount.Terms terms, Money amount, long balance, long maxPoints, Money maxDiscount) {
    }

    /** The tenant's terms; discounts are off (0 %) until operators set them. */
    @Query
    @RequiresPermission(Permissions.POINTS_USE)
    public PointsDiscount.Terms terms() {
        TenantContext.require();
        return termsOf(em);
    }

    /** Sets the value of one point in fen (1–10,000) and the maximum share of an order in percent (0–100). */
    @Audited("points.discount-terms")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public PointsDiscount.Terms change(long pointValueFen, int maxSharePercent) {
        TenantContext.require();
        PointsDiscount.Terms terms = new PointsDiscount.Terms(pointValueFen, maxSharePercent);
        DiscountSettings settings = em.find(DiscountSettings.class, DiscountSettings.SINGLE);
        if (settings == null) {
            em.persist(new DiscountSettings(terms, clock.instant()));
        } else {
            settings.change(terms, clock.instant());
        }
        return terms;
    }

    /**
     * The signed-in resident's quote for an order of {@code amount}: the most points usable is the smaller of their
     * balance and what the maximum share allows (409 {@code resident_pending} until they are verified).
     */
    @Query
    @RequiresPermission(Permissions.POINTS_USE)
    public Quote quote(Money amount) {
        if (amount == null || amount.isNegative()) {
            throw DomainException.invalid(FieldError.of("amountFen", "positive"));
        }
        long balance = MemberBalances.of(em, residents.me().id());
        PointsDiscount.Terms terms = termsOf(em);
        long most = Math.max(0, Math.min(balance, terms.maxPoints(amount)));
        return new Quote(terms, amount, balance, most, Money.fen(most * terms.pointValueFen()));
    }

    static PointsDiscount.Terms termsOf(EntityManager em) {
        DiscountSettings settings = em.find(DiscountSettings.class, DiscountSettings.SINGLE);
        return settings == null ? PointsDiscount.Terms.OFF : settings.terms();
    }
}
