package org.linli.billing.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.orders.PaymentPort;

/**
 * Flea-market purchases ({@code LF…}) and ad bookings ({@code LA…}) paid through Alipay, on the same machinery as
 * orders: a {@link Payment} per attempt, the cashier page, the notify or a trade query confirming it (then
 * {@link CheckoutReceipts} books it and tells the feature), refunds and closes through {@link GatewayCalls}.
 */
@ApplicationScoped
@Typed(AlipayCheckouts.class)
public class AlipayCheckouts implements CheckoutPort {

    @Inject
    AlipayPayments payments;

    @Override
    public Start begin(Request request) {
        PaymentPort.PaymentStart start = payments.begin(TradeNumber.Subject.of(request.purpose()), request.tenant(),
                request.subjectId(), request.amount(), request.title(),
                PaymentPort.Channel.valueOf(request.channel().name()), applicationPath(request.returnPath()),
                request.purpose() == Purpose.FLEA_RESERVATION ? request.sellerResidentId() : null);
        return new Start(false, start.reference(), start.cashierUrl());
    }

    /** The cashier sends the payer back to an application path: absolute, whether or not the feature wrote it so. */
    static String applicationPath(String returnPath) {
        if (returnPath == null || returnPath.isBlank()) {
            return "/";
        }
        return returnPath.startsWith("/") ? returnPath : "/" + returnPath;
    }

    @Override
    public Refund refund(RefundRequest request) {
        GatewayCalls.Answer answer = payments.refundPaid(TradeNumber.Subject.of(request.purpose()),
                request.subjectId(), request.requestNo(), request.amount(),
                request.purpose() == Purpose.AD_BOOKING ? "广告预订退款" : "闲置交易退款");
        return answer.done() ? new Refund(true, request.requestNo(), answer.amount())
                : new Refund(false, null, request.amount());
    }

    @Override
    public void abandon(TenantId tenant, Purpose purpose, long subjectId) {
        payments.closeWaiting(TradeNumber.Subject.of(purpose), subjectId);
    }
}
