package org.linli.billing.payments;

import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.orders.PaymentPort;

/**
 * How a tenant pays the platform's module invoice at the gateway, the way residents pay orders through
 * {@link PaymentPort}: either confirmed at once (the development gateway) or the address of the cashier, with the
 * gateway's confirmation arriving later through {@link InvoiceReceipts}.
 */
public interface InvoiceCheckout {

    PaymentPort.PaymentStart begin(InvoicePayment request);

    /** Pay {@code amount} for an invoice; {@code subject} is what the payer's statement shows. */
    record InvoicePayment(TenantId tenant, long invoiceId, Money amount, String subject,
                          PaymentPort.Channel channel) {
    }
}
