package org.linli.tenants.points;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.PointsDiscount;
import org.linli.tenants.orders.PointsPort;
import org.linli.tenants.registry.residents.ResidentId;

/**
 * The points side of order discounts: spends from and gives back to the resident's lots through the wallet, as the
 * points job (residents cannot move points themselves), in the order's transaction. Spent points go to
 * {@link PointsAccounts#REDEEMED} under the reference {@code order:{id}}.
 */
@ApplicationScoped
public class OrderPointsDiscounts implements PointsPort {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    PointsWallet wallet;

    @Override
    public PointsDiscount.Terms terms() {
        TenantContext.require();
        return PointsDiscounts.termsOf(em);
    }

    @Override
    public void spend(ResidentId resident, long points, OrderId order) {
        try {
            job().call(() -> wallet.spend(resident, points, reference(order),
                    // Written once, in the community's language, as the resident's statement keeps it.
                    Messages.get(Messages.CHINESE,
                            "points.memo.order-discount", String.valueOf(order.value())),
                    PointsAccounts.REDEEMED));
        } catch (DomainException e) {
            if ("points_insufficient".equals(e.code())) {
                // Same figures (asked, available), under the name the booking answers with.
                throw DomainException.conflict("points_balance_too_low", e.args().toArray());
            }
            throw e;
        }
    }

    @Override
    public void giveBack(OrderId order, long points) {
        job().call(() -> wallet.giveBack(reference(order), points));
    }

    private static String reference(OrderId order) {
        return "order:" + order.value();
    }

    private static CallerContext job() {
        return CallerContext.system("points-discount", TenantContext.require());
    }
}
