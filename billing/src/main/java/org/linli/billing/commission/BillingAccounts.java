package org.linli.billing.commission;

import org.linli.platform.ledger.LedgerAccount;
import org.linli.tenants.services.ProviderId;

/** The ledger accounts billing posts to, in each tenant's ledger. */
public final class BillingAccounts {

    /** Money received by the payment gateway and not yet paid out. */
    public static final LedgerAccount GATEWAY_CLEARING = LedgerAccount.of("gateway:clearing");
    /** The platform company's commission. */
    public static final LedgerAccount PLATFORM_REVENUE = LedgerAccount.of("platform:revenue");
    /** The tenant's share of the commission. */
    public static final LedgerAccount TENANT_REVENUE = LedgerAccount.of("tenant:revenue");
    /**
     * What the tenant funds of residents' points discounts: debited with each discount, credited when the points
     * come back. Its balance is set against the tenant's revenue when the tenant is settled.
     */
    public static final LedgerAccount TENANT_POINTS_DISCOUNT = LedgerAccount.of("tenant:points-discount");

    private BillingAccounts() {
    }

    /** What a provider is owed for its orders, until paid out. */
    public static LedgerAccount providerPayable(ProviderId provider) {
        return LedgerAccount.of("provider:" + provider.value() + ":payable");
    }
}
