package org.linli.billing.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import java.util.logging.Logger;

/**
 * The development payout channel: confirms every payout at once and moves no money, beside the development payment
 * gateway where no Alipay account is configured.
 */
@ApplicationScoped
@Typed(DevelopmentPayouts.class)
public class DevelopmentPayouts implements PayoutPort {

    private static final Logger LOG = Logger.getLogger(DevelopmentPayouts.class.getName());

    @Override
    public Result payout(Request request) {
        LOG.info(() -> "development payout confirmed: " + request.payee() + " " + request.providerId() + ", "
                + request.amount() + ", request " + request.requestNo());
        return Result.done("dev-payout-" + request.requestNo());
    }
}
