package org.linli.billing.payments;

import java.util.Optional;

/**
 * Which gateway collects payments: Alipay with its settings; or, only where it was asked for explicitly, the
 * development gateway, which confirms at once and moves no money; or none, and then paying is refused — a server
 * that forgot its Alipay settings must not hand out paid services for nothing. Produced from configuration by the
 * application's assembly.
 */
public record PaymentGatewaySettings(AlipaySettings alipaySettings, boolean developmentGateway) {

    public static PaymentGatewaySettings alipay(AlipaySettings settings) {
        return new PaymentGatewaySettings(settings, false);
    }

    public static PaymentGatewaySettings development() {
        return new PaymentGatewaySettings(null, true);
    }

    public static PaymentGatewaySettings none() {
        return new PaymentGatewaySettings(null, false);
    }

    public Optional<AlipaySettings> alipay() {
        return Optional.ofNullable(alipaySettings);
    }
}
