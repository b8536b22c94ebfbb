package org.linli.billing.payments.alipay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.billing.payments.AlipaySettings;
import org.linli.billing.payments.CheckoutRefusal;
import org.linli.billing.payments.PaymentService;
import org.linli.billing.payments.TradeNumber;
import org.linli.platform.application.PublicEntry;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;

import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Alipay's asynchronous notifies (异步通知). A notify counts only if Alipay signed it (RSA2), it names our app and
 * seller, and its trade number is one of ours; then the tenant named by the trade number takes it as the gateway's
 * job. Answering {@code true} ("success") means it is durably recorded — or will never be, because it is not ours to
 * record; Alipay retries anything else.
 */
@ApplicationScoped
@PublicEntry
public class AlipayNotifications {

    private static final Logger LOG = Logger.getLogger(AlipayNotifications.class.getName());

    @Inject
    AlipayConnection alipay;

    @Inject
    PaymentService payments;

    /** Whether to answer {@code success}; throws when the notify may be right but could not be recorded now. */
    public boolean receive(Map<String, String> notify) {
        AlipaySettings settings = alipay.settings();
        String trade = notify.get("out_trade_no");
        if (!AlipayGateway.signedByAlipay(notify, settings.alipayPublicKey())) {
            LOG.warning(() -> "notify for " + trade + " refused: signature does not verify");
            return false;
        }
        if (!addressedToUs(notify, settings)) {
            LOG.warning(() -> "notify for " + trade + " refused: app " + notify.get("app_id") + ", seller "
                    + notify.get("seller_id") + " are not ours");
            return false;
        }
        Optional<TradeNumber> number = TradeNumber.parse(trade);
        Money amount;
        try {
            amount = AlipayGateway.yuan(notify.get("total_amount"));
        } catch (DomainException unreadable) {
            amount = null;
        }
        if (number.isEmpty() || amount == null) {
            LOG.warning(() -> "notify refused: trade number " + trade + " or amount " + notify.get("total_amount")
                    + " unreadable");
            return false;
        }
        PaymentService.GatewayReport report = new PaymentService.GatewayReport(notify.get("trade_status"),
                notify.get("trade_no"), amount, AlipayGateway.time(notify.get("gmt_payment")));
        CallerContext job = CallerContext.system("alipay-notify", number.get().tenant());
        PaymentService.Outcome outcome = apply(job, trade, report);
        if (outcome != PaymentService.Outcome.APPLIED) {
            LOG.warning(() -> "notify for " + trade + " refused: " + outcome);
            return false;
        }
        return true;
    }

    /** Applies the report; a checkout its owner refused is recorded as such in a transaction of its own. */
    private PaymentService.Outcome apply(CallerContext job, String trade, PaymentService.GatewayReport report) {
        try {
            return job.call(() -> payments.report(trade, report));
        } catch (CheckoutRefusal refused) {
            return job.call(() -> payments.refuseCheckout(trade, report, refused.code()));
        }
    }

    /**
     * Whether a notify names our app and our seller. Alipay always sends {@code seller_id}; a notify without it
     * could be one meant for another merchant of the same app (a service provider's app serves many sellers), so it
     * is refused rather than taken on the app id alone.
     */
    static boolean addressedToUs(Map<String, String> notify, AlipaySettings settings) {
        return settings.appId().equals(notify.get("app_id")) && settings.sellerId().equals(notify.get("seller_id"));
    }
}
