package org.linli.billing.settlement;

import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantId;

import java.util.List;

/**
 * How settled money leaves the platform's gateway account for the payee (for Alipay, the royalty settle call on
 * each trade the money came from). {@code requestNo} is the batch's own number and the parts are fixed at the first
 * attempt, so a retried payout is never paid twice.
 */
public interface PayoutPort {

    Result payout(Request request);

    /**
     * Pay {@code amount} to the payee's gateway account {@code account} (null when none is on file), made up of
     * {@code parts}: how much of each paid trade goes to the payee.
     */
    record Request(TenantId tenant, long batchId, Payee payee, Long providerId, Money amount, String requestNo,
                   String account, List<Part> parts) {
    }

    /** Part of a payout taken from one trade, by the gateway's trade number. */
    record Part(String gatewayTradeNo, Money amount) {
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
