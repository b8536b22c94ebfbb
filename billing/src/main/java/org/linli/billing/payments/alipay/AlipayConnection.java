package org.linli.billing.payments.alipay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.billing.payments.AlipaySettings;
import org.linli.billing.payments.PaymentGatewaySettings;
import org.linli.platform.site.SiteAddress;

/**
 * The configured Alipay gateway as this server and as payers reach it. For a gateway served by this site (the
 * loopback sandbox) the server calls itself on loopback and payers use the address their browser came in on.
 */
@ApplicationScoped
public class AlipayConnection {

    private static final String NOTIFY_PATH = "/api/v1/payments/alipay/notify";

    @Inject
    PaymentGatewaySettings configured;

    @Inject
    SiteAddress site;

    private volatile AlipayGateway gateway;
    private volatile AlipayGateway cashier;

    public AlipaySettings settings() {
        return configured.alipay().orElseThrow(() -> new IllegalStateException("Alipay is not configured"));
    }

    /**
     * The gateway as this server calls it. A gateway served here is called over loopback once this server has
     * served a request, and in-process before that.
     */
    public AlipayGateway gateway() {
        AlipayGateway current = gateway;
        AlipaySettings settings = settings();
        if (current == null && settings.servedHere() && site.loopback().isEmpty()
                && settings.localTransport() != null) {
            return new AlipayGateway(settings, "http://127.0.0.1" + settings.gatewayUrl(),
                    settings.localTransport());
        }
        if (current == null) {
            String url = serverUrl();
            synchronized (this) {
                if (gateway == null) {
                    gateway = new AlipayGateway(settings(), url);
                }
                current = gateway;
            }
        }
        return current;
    }

    /**
     * The gateway as the payer's browser reaches it, for building cashier addresses. A gateway served here is
     * addressed by its path alone, which every browser resolves against the address it is already on.
     */
    public AlipayGateway cashier() {
        AlipayGateway current = cashier;
        if (current == null) {
            current = new AlipayGateway(settings(), settings().gatewayUrl());
            cashier = current;
        }
        return current;
    }

    /** Where Alipay posts its notifies: configured, or this site's endpoint as reached on loopback. */
    public String notifyUrl() {
        AlipaySettings settings = settings();
        if (settings.notifyUrl() != null) {
            return settings.notifyUrl();
        }
        return site.loopback().map(base -> base + NOTIFY_PATH).orElse(null);
    }

    /**
     * Where the payer's browser returns after the cashier: this site on the address the payer came from (a gateway
     * served here may send the browser back by path alone).
     */
    public String returnUrl(String path) {
        return site.origin().map(base -> base + path).orElse(settings().servedHere() ? path : null);
    }

    private String serverUrl() {
        AlipaySettings settings = settings();
        if (!settings.servedHere()) {
            return settings.gatewayUrl();
        }
        return site.loopback().orElseThrow(AlipayConnection::notYetReachable) + settings.gatewayUrl();
    }

    private static AlipayGateway.Unavailable notYetReachable() {
        return new AlipayGateway.Unavailable("the loopback gateway is known once this server has served a request",
                null);
    }
}
