package org.linli.billing.payments.rest;

import org.linli.billing.payments.PaymentStatus;
import org.linli.billing.payments.TradeNumber;
import org.linli.tenants.orders.PaymentPort;

import java.time.Instant;
import java.util.List;

/**
 * The request and response bodies of {@link PaymentResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class PaymentsApi {

    private PaymentsApi() {
    }

    public record RefundResponse(String requestNo, long amountFen, Instant refundedAt) {
    }

    /**
     * One attempt; {@code subject} and {@code subjectId} name what it pays (ORDER, INVOICE, FLEA, AD), {@code refusal}
     * why a paid checkout was given back at once.
     */
    public record PaymentResponse(String tradeNumber, Long orderId, Long invoiceId, long amountFen,
                                  PaymentPort.Channel channel, PaymentStatus status, Instant openedAt,
                                  Instant expiresAt, String gatewayTradeNo, Instant paidAt, Instant closedAt,
                                  long refundedFen, List<RefundResponse> refunds, TradeNumber.Subject subject,
                                  long subjectId, String refusal) {
    }

    public record CheckResponse(PaymentStatus status) {
    }

    public record RecoveryResponse(int checked, int confirmed, int closed) {
    }
}
