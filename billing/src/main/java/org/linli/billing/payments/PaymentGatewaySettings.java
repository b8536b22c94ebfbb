package org.linli.billing.payments;

import java.util.Optional;

/**
 * Which gateway collects payments: Alipay with its settings, or (without them) the development gateway, which
 * confirms at once and moves no money. Produced from configuration by the application's assembly.
 */
public record PaymentGatewaySettings(AlipaySettings alipaySettings) {

    public static PaymentGatewaySettings development() {
        return new PaymentGatewaySettings(null);
    }

    public Optional<AlipaySettings> alipay() {
        return Optional.ofNullable(alipaySettings);
    }
}
