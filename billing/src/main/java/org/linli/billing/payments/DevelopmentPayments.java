package org.linli.billing.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.PaymentPort;

import java.util.UUID;
import java.util.logging.Logger;

/**
 * The development gateway: every payment and refund is confirmed at once, through the same ports and the same order
 * and invoice flows as a real gateway. It serves where no Alipay account is configured (the demo and the tests use
 * the loopback Alipay sandbox instead); it moves no money, so its references say so ({@code dev-…}).
 */
@ApplicationScoped
@Typed(DevelopmentPayments.class)
public class DevelopmentPayments implements PaymentPort, InvoiceCheckout {

    private static final Logger LOG = Logger.getLogger(DevelopmentPayments.class.getName());

    @Override
    public PaymentStart begin(PaymentRequest request) {
        String reference = "dev-" + UUID.randomUUID();
        LOG.info(() -> "development payment confirmed: order " + request.order() + ", " + request.amount()
                + ", reference " + reference);
        return PaymentStart.confirmed(reference);
    }

    @Override
    public PaymentStart begin(InvoicePayment request) {
        String reference = "dev-" + UUID.randomUUID();
        LOG.info(() -> "development payment confirmed: invoice " + request.invoiceId() + ", " + request.amount()
                + ", reference " + reference);
        return PaymentStart.confirmed(reference);
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        LOG.info(() -> "development refund confirmed: order " + request.order() + ", " + request.amount()
                + ", request " + request.requestNo());
        return new RefundResult(true, "dev-refund-" + request.requestNo(), request.amount());
    }

    @Override
    public void abandon(TenantId tenant, OrderId order) {
        // Nothing waits at the development gateway: it confirms every payment at once.
    }
}
