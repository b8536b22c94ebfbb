package org.linli.tenants.orders;

import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantId;

/**
 * How orders get paid and refunded, implemented by the billing module (payment gateway adapters). Orders never
 * talk to a gateway themselves.
 *
 * <p>{@link #begin} either confirms at once (a development gateway) or answers with where the payer goes to pay
 * (a cashier page); in the latter case the gateway's confirmation arrives later through
 * {@link OrderService#confirmPayment}. Refunds carry a request number that makes retries safe.
 */
public interface PaymentPort {

    PaymentStart begin(PaymentRequest request);

    RefundResult refund(RefundRequest request);

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

    record RefundResult(boolean done, String reference) {
    }
}
