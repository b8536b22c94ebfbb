package org.linli.billing.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.PaymentPort;

/**
 * The orders' {@link PaymentPort}, the invoices' {@link InvoiceCheckout} and the features' {@link CheckoutPort}
 * (flea-market purchases, ad bookings): Alipay where it is configured, the
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

    @Inject
    AlipayCheckouts alipayCheckouts;

    @Inject
    DevelopmentCheckouts developmentCheckouts;

    @Produces
    @ApplicationScoped
    PaymentPort payments() {
        return this.<PaymentPort>choose(alipay, development, NOT_CONFIGURED);
    }

    @Produces
    @ApplicationScoped
    InvoiceCheckout invoices() {
        return this.<InvoiceCheckout>choose(alipay, development, request -> {
            throw DomainException.conflict("payment_gateway_not_configured");
        });
    }

    @Produces
    @ApplicationScoped
    CheckoutPort checkouts() {
        return this.<CheckoutPort>choose(alipayCheckouts, developmentCheckouts, new CheckoutPort() {
            @Override
            public Start begin(Request request) {
                throw DomainException.conflict("payment_gateway_not_configured");
            }

            @Override
            public Refund refund(RefundRequest request) {
                throw DomainException.conflict("payment_gateway_not_configured");
            }

            @Override
            public void abandon(TenantId tenant, Purpose purpose, long subjectId) {
                // Nothing can have been opened where nothing can be paid.
            }
        });
    }

    private <T> T choose(T alipayPort, T developmentPort, T refusing) {
        if (settings.alipay().isPresent()) {
            return alipayPort;
        }
        return settings.developmentGateway() ? developmentPort : refusing;
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

        @Override
        public void abandon(TenantId tenant, OrderId order) {
            // Nothing can have been opened where nothing can be paid.
        }
    };
}
