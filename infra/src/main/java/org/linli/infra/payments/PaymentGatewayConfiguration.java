package org.linli.infra.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.linli.billing.payments.AlipaySettings;
import org.linli.billing.payments.PaymentGatewaySettings;
import org.linli.infra.sandbox.alipay.AlipaySandbox;
import org.linli.infra.sandbox.alipay.SandboxAccount;
import org.linli.infra.sandbox.alipay.SandboxGateway;
import org.linli.infra.sandbox.alipay.SandboxTransport;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Chooses the payment gateway from configuration.
 * <ul>
 *   <li>{@code linli.alipay.gateway-url} set: Alipay itself, with {@code linli.alipay.app-id},
 *       {@code linli.alipay.seller-id}, {@code linli.alipay.app-private-key}, {@code linli.alipay.alipay-public-key}
 *       and optionally {@code linli.alipay.notify-url} (the public address of the notify endpoint).</li>
 *   <li>otherwise, {@code linli.alipay.sandbox=true} (the default in demo mode): the loopback sandbox served by this
 *       site at {@code /sandbox/alipay}, with the account it keeps in the data directory.</li>
 *   <li>otherwise, with {@code linli.payments.development=true}, the development gateway, which confirms at once;</li>
 *   <li>otherwise none: paying is refused ({@code payment_gateway_not_configured}).</li>
 * </ul>
 * {@code linli.payments.timeout} (default 15 minutes) is how long a payer has at the cashier.
 */
@ApplicationScoped
public class PaymentGatewayConfiguration {

    private static final Logger LOG = Logger.getLogger(PaymentGatewayConfiguration.class.getName());
    public static final String SANDBOX_GATEWAY = "/sandbox/alipay/gateway.do";

    @Inject
    AlipaySandbox sandbox;

    @Inject
    SandboxGateway gateway;

    /** Whether this site serves the loopback Alipay sandbox. */
    public boolean sandboxOn() {
        Config config = ConfigProvider.getConfig();
        boolean demo = config.getOptionalValue("linli.demo", Boolean.class).orElse(false);
        return config.getOptionalValue("linli.alipay.gateway-url", String.class).isEmpty()
                && config.getOptionalValue("linli.alipay.sandbox", Boolean.class).orElse(demo);
    }

    @Produces
    @Singleton
    PaymentGatewaySettings settings() {
        Config config = ConfigProvider.getConfig();
        Duration timeout = config.getOptionalValue("linli.payments.timeout", Duration.class)
                .orElse(Duration.ofMinutes(15));
        if (config.getOptionalValue("linli.alipay.gateway-url", String.class).isPresent()) {
            return PaymentGatewaySettings.alipay(new AlipaySettings(
                    config.getValue("linli.alipay.gateway-url", String.class),
                    config.getValue("linli.alipay.app-id", String.class),
                    config.getValue("linli.alipay.seller-id", String.class),
                    config.getValue("linli.alipay.app-private-key", String.class),
                    config.getValue("linli.alipay.alipay-public-key", String.class),
                    config.getOptionalValue("linli.alipay.notify-url", String.class).orElse(null), timeout, null));
        }
        if (sandboxOn()) {
            SandboxAccount account = sandbox.account();
            LOG.info("Payments go to the loopback Alipay sandbox at " + SANDBOX_GATEWAY + " (test keys, no money)");
            return PaymentGatewaySettings.alipay(new AlipaySettings(SANDBOX_GATEWAY, account.appId(),
                    account.sellerId(), account.appPrivateKey(), account.gatewayPublicKey(),
                    config.getOptionalValue("linli.alipay.notify-url", String.class).orElse(null), timeout,
                    new SandboxTransport(() -> gateway)));
        }
        if (config.getOptionalValue("linli.payments.development", Boolean.class).orElse(false)) {
            LOG.warning("The development gateway confirms every payment at once and moves no money"
                    + " (linli.payments.development=true); never in production.");
            return PaymentGatewaySettings.development();
        }
        LOG.warning("No payment gateway is configured: paying is refused until linli.alipay.* is set.");
        return PaymentGatewaySettings.none();
    }
}
