package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.billing.payments.alipay.AlipayNotifications;
import org.linli.infra.payments.PaymentGatewayConfiguration;
import org.linli.infra.sandbox.alipay.AlipaySandbox;
import org.linli.platform.security.CallerContext;
import org.linli.tenants.orders.OrderAction;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderView;

import java.util.Map;

/**
 * Demo residents pay their orders the way real ones do: through the payment port to the sandbox cashier, where
 * they confirm. The demo is written while the server does not listen yet, so the sandbox's notify is handed to the
 * notify handler in-process rather than posted — the same signed notify, the same checks.
 */
@ApplicationScoped
public class DemoPayments {

    @Inject
    OrderService orders;

    @Inject
    PaymentGatewayConfiguration gateways;

    @Inject
    AlipaySandbox sandbox;

    @Inject
    AlipayNotifications notifications;

    void pay(CallerContext resident, OrderId order) {
        OrderView view = resident.call(() -> orders.act(order, OrderAction.PAY, OrderCommands.ActionDetails.none()));
        confirmAtCashier(view.cashierUrl(), "order " + order);
    }

    /**
     * Confirms at the sandbox cashier a payment that a feature opened at its checkout (an ad booking, a flea-market
     * purchase); nothing to do where the development gateway confirmed it at once.
     */
    void confirmAtCashier(String cashierUrl, String what) {
        if (cashierUrl == null || !gateways.sandboxOn()) {
            return;
        }
        Map<String, String> notify = sandbox.payAtCashier(cashierUrl);
        if (!notifications.receive(notify)) {
            throw new IllegalStateException("the sandbox's notify for " + what + " was refused");
        }
    }
}
