package org.linli.billing.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.linli.tenants.orders.PaymentPort;

/** The orders' {@link PaymentPort}: Alipay where it is configured, else the development gateway. */
@ApplicationScoped
public class PaymentGateways {

    @Inject
    PaymentGatewaySettings settings;

    @Inject
    AlipayPayments alipay;

    @Inject
    DevelopmentPayments development;

    @Produces
    @ApplicationScoped
    PaymentPort payments() {
        return settings.alipay().isPresent() ? alipay : development;
    }
}
