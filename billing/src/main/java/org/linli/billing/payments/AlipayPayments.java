package org.linli.billing.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.billing.payments.alipay.AlipayConnection;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.PaymentPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Orders, module invoices and checkouts (flea-market purchases, ad bookings, see {@link AlipayCheckouts}) paid
 * through Alipay: paying opens a {@link Payment} under a fresh trade number (or
 * reopens the one still waiting) and sends the payer to the cashier (wap pay on phones, page pay on desktops); the
 * order or invoice becomes paid when the gateway's notify, or a trade query, says so. Refunds go to the gateway
 * under the order's request number through {@link GatewayCalls} (written down first, recorded once, never beyond
 * what the payment can give back); an abandoned order's waiting trades are closed the same way.
 */
@ApplicationScoped
@Typed(AlipayPayments.class)
public class AlipayPayments implements PaymentPort, InvoiceCheckout {

    private static final Logger LOG = Logger.getLogger(AlipayPayments.class.getName());

    /** A waiting payment this close to expiry is not reopened: the payer needs time at the cashier. */
    private static final Duration REOPEN_MARGIN = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    AlipayConnection alipay;

    @Inject
    GatewayCalls calls;

    @Inject
    Clock clock;

    @Override
    public PaymentStart begin(PaymentRequest request) {
        return begin(TradeNumber.Subject.ORDER, request.tenant(), request.order().value(), request.amount(),
                request.subject(), request.channel(), "/my-orders/order/" + request.order().value(), null);
    }

    @Override
    public PaymentStart begin(InvoicePayment request) {
        return begin(TradeNumber.Subject.INVOICE, request.tenant(), request.invoiceId(), request.amount(),
                request.subject(), request.channel(), "/finance/invoices", null);
    }

    /** Opens (or reopens) a payment of {@code subject} and answers with the cashier page for it. */
    PaymentStart begin(TradeNumber.Subject subject, TenantId tenant, long subjectId, Money amount,
                               String title, Channel channel, String returnPath, Long seller) {
        Instant now = clock.instant();
        List<Payment> earlier = Payment.attempts(em, subject, subjectId).getResultList();
        Payment payment = earlier.stream().findFirst()
                .filter(p -> p.status() == PaymentStatus.WAITING && p.channel() == channel
                        && p.amount().equals(amount) && p.expiresAt().isAfter(now.plus(REOPEN_MARGIN)))
                .orElse(null);
        if (payment == null) {
            TradeNumber number = new TradeNumber(tenant, subject, subjectId, earlier.size() + 1);
            payment = new Payment(number, amount, channel, now, now.plus(alipay.settings().payTimeout()))
                    .forSeller(seller);
            em.persist(payment);
        }
        String cashier = alipay.cashier().cashierUrl(payment.tradeNumber(), amount, title, channel,
                Duration.between(now, payment.expiresAt()), alipay.returnUrl(returnPath), alipay.notifyUrl());
        return PaymentStart.pending(payment.tradeNumber(), cashier);
    }

    /** Gives back {@code amount} of the subject's paid payment under {@code requestNo}. */
    GatewayCalls.Answer refundPaid(TradeNumber.Subject subject, long subjectId, String requestNo, Money amount,
                                   String reason) {
        Payment payment = Payment.attempts(em, subject, subjectId).getResultStream()
                .filter(p -> p.status() == PaymentStatus.PAID).findFirst()
                .orElseThrow(() -> DomainException.conflict("payment_not_refundable"));
        GatewayCalls.Answer answer = calls.refund(payment, requestNo, amount, reason);
        if (!answer.done()) {
            LOG.warning(() -> "refund " + requestNo + " of " + payment.tradeNumber() + " not done: "
                    + answer.status());
        }
        return answer;
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        Payment payment = Payment.byTradeNumber(em, request.paymentReference()).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.conflict("payment_not_refundable"));
        GatewayCalls.Answer answer = calls.refund(payment, request.requestNo(), request.amount(), "订单退款");
        if (!answer.done()) {
            LOG.warning(() -> "refund " + request.requestNo() + " of " + payment.tradeNumber() + " not done: "
                    + answer.status());
            return RefundResult.failed();
        }
        return new RefundResult(true, request.requestNo(), answer.amount());
    }

    @Override
    public void abandon(TenantId tenant, OrderId order) {
        closeWaiting(TradeNumber.Subject.ORDER, order.value());
    }

    /** Closes the subject's trades still waiting at the gateway: it can no longer be paid. */
    void closeWaiting(TradeNumber.Subject subject, long subjectId) {
        List<Payment> waiting = Payment.attempts(em, subject, subjectId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .filter(p -> p.status() == PaymentStatus.WAITING).toList();
        for (Payment payment : waiting) {
            // Refused: paid meanwhile, and given back when that is reported; unanswered: the watch closes it.
            GatewayCalls.Answer answer = calls.close(payment);
            LOG.info(() -> "trade " + payment.tradeNumber() + " of an abandoned " + subject + ": " + answer.status());
        }
    }
}
