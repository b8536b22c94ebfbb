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

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Chooses the payment gateway from configuration.
 * <ul>
 *   <li>{@code linli.alipay.gateway-url} set: Alipay itself, with {@code linli.alipay.app-id},
 *       {@code linli.alipay.seller-id}, {@code linli.alipay.app-private-key}, {@code linli.alipay.alipay-public-key}
 *       and {@code linli.alipay.notify-url}, the public address of the notify endpoint: required, because Alipay
 *       must reach it from the internet and this server cannot know its public address.</li>
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

    /** Stops the start when the configuration could take money but never hear that it was paid. */
    public void checkAtStart() {
        Config config = ConfigProvider.getConfig();
        notifyUrlProblem(config.getOptionalValue("linli.alipay.gateway-url", String.class),
                config.getOptionalValue("linli.alipay.notify-url", String.class)).ifPresent(problem -> {
                    throw new IllegalStateException(problem);
                });
    }

    /**
     * Why a real gateway cannot work with this notify address, if it cannot: Alipay confirms payments only by
     * notifying it from the internet, so without a public address paid orders would stay unpaid until the payment
     * watch asks.
     */
    static Optional<String> notifyUrlProblem(Optional<String> gatewayUrl, Optional<String> notifyUrl) {
        if (gatewayUrl.filter(url -> !url.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        String fix = " Set linli.alipay.notify-url (LINLI_ALIPAY_NOTIFY_URL) to the public https address of"
                + " /api/v1/payments/alipay/notify.";
        if (notifyUrl.filter(url -> !url.isBlank()).isEmpty()) {
            return Optional.of("linli.alipay.gateway-url is set but linli.alipay.notify-url is not: Alipay could"
                    + " not tell this server that a payment succeeded." + fix);
        }
        try {
            URI uri = new URI(notifyUrl.get().trim());
            String host = uri.getHost();
            if (!uri.isAbsolute() || host == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return Optional.of("linli.alipay.notify-url is not an absolute http(s) address: " + notifyUrl.get()
                        + "." + fix);
            }
            if (isLocal(host) && !gatewayIsLocal(gatewayUrl.get())) {
                return Optional.of("linli.alipay.notify-url points at this machine (" + host + "), which Alipay"
                        + " cannot reach." + fix);
            }
        } catch (URISyntaxException e) {
            return Optional.of("linli.alipay.notify-url is not an address: " + notifyUrl.get() + "." + fix);
        }
        return Optional.empty();
    }

    /**
     * A gateway on this machine or network (a stand-in speaking Alipay's protocol, such as another node's sandbox)
     * reaches a notify address there as well.
     */
    private static boolean gatewayIsLocal(String gatewayUrl) {
        try {
            String host = new URI(gatewayUrl.trim()).getHost();
            return host != null && isLocal(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isLocal(String host) {
        return host.equalsIgnoreCase("localhost") || isLocalLiteral(host);
    }

    /** Loopback, wildcard or private-network IP literals (names are not resolved: DNS may differ at Alipay). */
    private static boolean isLocalLiteral(String host) {
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    @Produces
    @Singleton
    PaymentGatewaySettings settings() {
        Config config = ConfigProvider.getConfig();
        Duration timeout = config.getOptionalValue("linli.payments.timeout", Duration.class)
                .orElse(Duration.ofMinutes(15));
        if (config.getOptionalValue("linli.alipay.gateway-url", String.class).isPresent()) {
            checkAtStart();
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
