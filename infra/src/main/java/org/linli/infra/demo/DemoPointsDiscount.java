package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.points.PointsDiscounts;

/**
 * Points as a discount in 新华街道: one point is worth 0.10 yuan and points may pay up to 30 % of an order; {@code
 * resident-a} has booked four meals (60 yuan) with 150 points, paying 45 yuan at the cashier, so finance finds a
 * split funded partly by the tenant.
 */
@ApplicationScoped
public class DemoPointsDiscount {

    static final long POINT_VALUE_FEN = 10;
    static final int MAX_SHARE_PERCENT = 30;

    @Inject
    PointsDiscounts discounts;

    @Inject
    OrderService orders;

    @Inject
    CatalogService catalog;

    @Inject
    UserService users;

    @Inject
    DemoPayments payments;

    public void seed(TenantId tenant) {
        CallerContext system = CallerContext.system("demo-data", tenant);
        system.run(() -> discounts.change(POINT_VALUE_FEN, MAX_SHARE_PERCENT));
        UserAccount account = system.call(() -> users.list(new UserFilter("resident-a", null, null),
                PageRequest.first(1)).items().get(0));
        CallerContext residentA = CallerContext.of(Actor.user(account.id().value(), account.details().username(),
                account.details().displayName(), account.details().role(), tenant), tenant);
        Offering meals = residentA.call(() -> catalog.browse(new CatalogService.OfferingFilter(null, null, null),
                PageRequest.first(50)).items()).stream().filter(o -> o.title().equals("助餐送餐（每餐）"))
                .findFirst().orElseThrow();
        OrderId order = residentA.call(() -> orders.place(new OrderCommands.NewOrder(meals.id(), null, 4, null,
                "用积分抵扣一部分", null, 150L), "demo-points-discount")).order().id();
        payments.pay(residentA, order);
    }
}
