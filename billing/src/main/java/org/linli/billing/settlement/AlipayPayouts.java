package org.linli.billing.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.linli.billing.payments.alipay.AlipayConnection;
import org.linli.billing.payments.alipay.AlipayGateway;
import org.linli.platform.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Settlement payouts through Alipay's royalty settle ({@code alipay.trade.order.settle}): each part of a batch is
 * transferred from the trade it was paid in to the payee's Alipay account, under the batch's request number and the
 * part's position, so a retry settles only what is still missing and never twice.
 */
@ApplicationScoped
@Typed(AlipayPayouts.class)
public class AlipayPayouts implements PayoutPort {

    private static final Logger LOG = Logger.getLogger(AlipayPayouts.class.getName());

    @Inject
    AlipayConnection alipay;

    @Override
    public Result payout(Request request) {
        if (request.account() == null) {
            return Result.refused("payout_account_missing");
        }
        Money total = request.parts().stream().map(Part::amount).reduce(Money.ZERO, Money::plus);
        if (request.parts().isEmpty() || !total.equals(request.amount())) {
            return Result.refused("payout_trades_short");
        }
        List<String> settled = new ArrayList<>();
        for (int i = 0; i < request.parts().size(); i++) {
            Part part = request.parts().get(i);
            try {
                settled.add(alipay.gateway().settle(part.gatewayTradeNo(), request.requestNo() + "P" + (i + 1),
                        request.account(), part.amount(), "邻里结算 " + request.requestNo()));
            } catch (AlipayGateway.Refused e) {
                LOG.warning(() -> "royalty settle " + request.requestNo() + " part " + part + " refused: "
                        + e.getMessage());
                return Result.refused(e.subCode());
            } catch (AlipayGateway.Unavailable e) {
                LOG.warning(() -> "royalty settle " + request.requestNo() + " not reachable: " + e.getMessage());
                return Result.refused("gateway_unavailable");
            }
        }
        // The batch keeps one reference: its first settlement and how many trades it drew on.
        return Result.done(settled.get(0) + (settled.size() > 1 ? " +" + (settled.size() - 1) : ""));
    }
}
