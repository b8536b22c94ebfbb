package org.linli.billing.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.linli.billing.payments.PaymentGatewaySettings;

/** Settlement's {@link PayoutPort}: Alipay's royalty settle where Alipay is configured, else the development channel. */
@ApplicationScoped
public class PayoutChannels {

    @Inject
    PaymentGatewaySettings settings;

    @Inject
    AlipayPayouts alipay;

    @Inject
    DevelopmentPayouts development;

    @Produces
    @ApplicationScoped
    PayoutPort payouts() {
        return settings.alipay().isPresent() ? alipay : development;
    }
}
