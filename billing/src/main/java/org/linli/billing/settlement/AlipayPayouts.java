package org.linli.billing.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.linli.billing.payments.GatewayCalls;
import org.linli.platform.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Settlement payouts through Alipay's royalty settle ({@code alipay.trade.order.settle}): each part of a batch is
 * transferred from the trade it was paid in to the payee's Alipay account, under the batch's request number and the
 * part's position, so a retry settles only what is still missing and never twice. Each part is written down as a
 * gateway intent before it is sent (see {@code GatewayCalls}), so one whose answer was lost is finished by the
 * payment watch with the amount first sent.
 */
@ApplicationScoped
@Typed(AlipayPayouts.class)
public class AlipayPayouts implements PayoutPort {

    private static final Logger LOG = Logger.getLogger(AlipayPayouts.class.getName());

    @Inject
    GatewayCalls calls;

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
            // Written down before the call: a part settled before a crash is found done, not settled again.
            GatewayCalls.Answer answer = calls.settle(part.gatewayTradeNo(), request.requestNo() + "P" + (i + 1),
                    request.account(), part.amount(), "邻里结算 " + request.requestNo());
            if (answer.status() == GatewayCalls.Status.REFUSED) {
                LOG.warning(() -> "royalty settle " + request.requestNo() + " part " + part + " refused: "
                        + answer.reference());
                return Result.refused(answer.reference());
            }
            if (answer.status() == GatewayCalls.Status.UNANSWERED) {
                return Result.refused("gateway_unavailable");
            }
            settled.add(answer.reference());
        }
        // The batch keeps one reference: its first settlement and how many trades it drew on.
        return Result.done(settled.get(0) + (settled.size() > 1 ? " +" + (settled.size() - 1) : ""));
    }
}
