package org.linli.billing.commission;

import org.linli.platform.ledger.Ledger;
import org.linli.platform.ledger.PostingDraft;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantContext;

/**
 * The billing job: the one caller that writes the ledger. People decide (finance pays a batch, an operator chooses
 * who bears a refund); the postings are written as this job, in the same transaction, because no person may.
 */
public final class BillingJob {

    private BillingJob() {
    }

    /** The caller that billing's ledger writes run as, in the tenant acted for. */
    public static CallerContext inThisTenant() {
        return CallerContext.system("billing", TenantContext.require());
    }

    /** Writes {@code draft} to the ledger as the billing job. */
    public static void post(Ledger ledger, PostingDraft draft) {
        inThisTenant().run(() -> ledger.post(draft));
    }
}
