package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.billing.checkout.SellerPayouts;
import org.linli.billing.commission.CommissionService;
import org.linli.billing.commission.CommissionTerms;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.modules.Module;

/**
 * The money side of the flea market and the ad slots in 新华街道: ad revenue is shared 30 % platform, 70 % tenant
 * (the ADS rule takes the whole booking as commission, so the platform's share is 30 % of it), the flea-market
 * platform fee stays at its default of nothing, and {@code resident-a} has registered the Alipay account the money of
 * their sales is paid out to.
 */
@ApplicationScoped
public class DemoCheckout {

    /** The sandbox Alipay user id of {@code resident-a}'s payout account. */
    static final String RESIDENT_A_ALIPAY = "2088102146225135";

    @Inject
    CommissionService commission;

    @Inject
    SellerPayouts sellerPayouts;

    @Inject
    UserService users;

    public void seed(TenantId tenant) {
        CallerContext system = CallerContext.system("demo-data", tenant);
        system.run(() -> commission.define(Module.ADS, null, new CommissionTerms(10_000, 0, 0, null, 3_000)));
        UserAccount account = system.call(() -> users.list(new UserFilter("resident-a", null, null),
                PageRequest.first(1)).items().get(0));
        CallerContext residentA = CallerContext.of(Actor.user(account.id().value(), account.details().username(),
                account.details().displayName(), account.details().role(), tenant), tenant);
        residentA.run(() -> sellerPayouts.register(new SellerPayouts.AccountCommand(RESIDENT_A_ALIPAY, "李建国")));
    }
}
