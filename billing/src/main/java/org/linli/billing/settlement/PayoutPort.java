package org.linli.billing.settlement;

import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantId;

/**
 * How settled money leaves the platform's gateway account for the payee (for Alipay, the royalty settle call).
 * {@code requestNo} is the batch's own number, so a retried payout is never paid twice.
 */
public interface PayoutPort {

    Result payout(Request request);

    record Request(TenantId tenant, long batchId, Payee payee, Long providerId, Money amount, String requestNo) {
    }

    /** Done with the gateway's reference, or refused with the gateway's reason. */
    record Result(boolean done, String reference, String reason) {

        public static Result done(String reference) {
            return new Result(true, reference, null);
        }

        public static Result refused(String reason) {
            return new Result(false, null, reason);
        }
    }
}
