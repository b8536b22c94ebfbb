package org.linli.billing.commission;

import org.linli.platform.ledger.LedgerAccount;
import org.linli.tenants.marketplace.ProviderId;

import java.util.List;

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

    /**
     * What the tenant pays for orders residents paid in time-bank minutes when it reimburses their providers in
     * yuan: debited with the split instead of the gateway's clearing, it is what the tenant owes for them, set against
     * its revenue when the tenant is settled.
     */
    public static final LedgerAccount TENANT_TIME_REIMBURSEMENT = LedgerAccount.of("tenant:time-reimbursement");

    /** What the tenant funds out of its revenue share, set against it when the tenant is settled. */
    public static final List<LedgerAccount> TENANT_FUNDED =
            List.of(TENANT_POINTS_DISCOUNT, TENANT_TIME_REIMBURSEMENT);

    /**
     * Money paid online for flea-market purchases, held for the buyer until the handover (one account per tenant;
     * each posting's reference names the reservation).
     */
    public static final LedgerAccount FLEA_HELD = LedgerAccount.of("flea:held");

    /**
     * A checkout paid for a subject already paid (a second attempt that went through as well): it is on its way back
     * to the payer, here until its refund is recorded.
     */
    public static final LedgerAccount CHECKOUT_RETURNING = LedgerAccount.of("checkout:returning");

    private BillingAccounts() {
    }

    /** What a resident is owed for flea-market sales released to them, until paid out to their Alipay account. */
    public static LedgerAccount residentPayable(long residentId) {
        return LedgerAccount.of("resident:" + residentId + ":payable");
    }

    /** What a provider is owed for its orders, until paid out. */
    public static LedgerAccount providerPayable(ProviderId provider) {
        return LedgerAccount.of("provider:" + provider.value() + ":payable");
    }
}
