package org.linli.billing.payments;

import org.linli.platform.money.Money;

import java.time.Instant;

/**
 * What the gateway's confirmation of an invoice's payment does to the invoice; implemented by invoicing, so that
 * payments never depend on it. Called as the gateway's job in the invoice's tenant, inside the transaction that
 * records the payment.
 */
public interface InvoiceReceipts {

    /**
     * Takes {@code tradeNumber}'s payment as the invoice's; false when the invoice had been paid otherwise (a bank
     * transfer, another attempt), and the money must go back. Taking the same trade again answers true.
     */
    boolean received(long invoiceId, String tradeNumber, Money amount, Instant paidAt);
}
