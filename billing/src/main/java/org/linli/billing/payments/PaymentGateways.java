package org.linli.billing.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.orders.PaymentPort;

/**
 * The orders' {@link PaymentPort} and the invoices' {@link InvoiceCheckout}: Alipay where it is configured, the
 * development gateway where that was asked for, else ports that refuse every payment
 * ({@code payment_gateway_not_configured}).
 */
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
        if (settings.alipay().isPresent()) {
            return alipay;
        }
        return settings.developmentGateway() ? development : NOT_CONFIGURED;
    }

    @Produces
    @ApplicationScoped
    InvoiceCheckout invoices() {
        if (settings.alipay().isPresent()) {
            return alipay;
        }
        return settings.developmentGateway() ? development : request -> {
            throw DomainException.conflict("payment_gateway_not_configured");
        };
    }

    private static final PaymentPort NOT_CONFIGURED = new PaymentPort() {
        @Override
        public PaymentStart begin(PaymentRequest request) {
            throw DomainException.conflict("payment_gateway_not_configured");
        }

        @Override
        public RefundResult refund(RefundRequest request) {
            throw DomainException.conflict("payment_gateway_not_configured");
        }
    };
}
