package org.linli.tenants.orders;

import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantId;

/**
 * How orders get paid and refunded, implemented by the billing module (payment gateway adapters). Orders never
 * talk to a gateway themselves.
 *
 * <p>{@link #begin} either confirms at once (a development gateway) or answers with where the payer goes to pay
 * (a cashier page); in the latter case the gateway's confirmation arrives later through
 * {@link OrderService#confirmPayment}. Refunds carry a request number that makes retries safe: a retry under the
 * same number gives back what the first try was for, never another amount. An order cancelled before it was paid
 * is {@link #abandon abandoned}: its open trades are closed rather than refunded.
 */
public interface PaymentPort {

    PaymentStart begin(PaymentRequest request);

    RefundResult refund(RefundRequest request);

    /**
     * The order will not be paid (cancelled or expired while placed): the payer's open trades are closed so that
     * they can no longer be paid. Money that reaches the gateway all the same is given back when it is reported.
     */
    void abandon(TenantId tenant, OrderId order);

    /** Where the payer pays: a phone browser (wap pay) or a desktop one (page pay). */
    enum Channel { PHONE, DESKTOP }

    /** Pay {@code amount} for an order; {@code subject} is what the payer's statement shows. */
    record PaymentRequest(TenantId tenant, OrderId order, Money amount, String subject, Channel channel) {
    }

    /** Either {@code confirmed} with the gateway's reference, or pending with the URL of the cashier page. */
    record PaymentStart(boolean confirmed, String reference, String cashierUrl) {

        public static PaymentStart confirmed(String reference) {
            return new PaymentStart(true, reference, null);
        }

        public static PaymentStart pending(String reference, String cashierUrl) {
            return new PaymentStart(false, reference, cashierUrl);
        }
    }

    /** Give back {@code amount} of an order's payment; the same {@code requestNo} never refunds twice. */
    record RefundRequest(TenantId tenant, OrderId order, String paymentReference, Money amount, String requestNo) {
    }

    /**
     * Whether the gateway gave the money back, under which reference, and how much: the amount first asked for under
     * the request number, which a retry keeps even when the order would now ask for another.
     */
    record RefundResult(boolean done, String reference, Money amount) {

        public static RefundResult failed() {
            return new RefundResult(false, null, null);
        }
    }
}
