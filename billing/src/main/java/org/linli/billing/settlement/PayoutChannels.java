package org.linli.billing.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.linli.billing.payments.PaymentGatewaySettings;
import org.linli.billing.settlement.PayoutPort.Result;

/**
 * Settlement's {@link PayoutPort}: Alipay's royalty settle where Alipay is configured, the development channel where
 * the development gateway was asked for, else a channel that refuses every payout.
 */
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
        if (settings.alipay().isPresent()) {
            return alipay;
        }
        return settings.developmentGateway() ? development : request -> Result.refused("payment_gateway_not_configured");
    }
}
