package org.linli.billing.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.billing.payments.alipay.AlipayConnection;
import org.linli.billing.payments.alipay.AlipayGateway;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.orders.PaymentPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Orders paid through Alipay: paying opens a {@link Payment} under a fresh trade number (or reopens the one still
 * waiting) and sends the payer to the cashier (wap pay on phones, page pay on desktops); the order becomes paid when
 * the gateway's notify, or a trade query, says so. Refunds go to the gateway under the order's request number and
 * are recorded once.
 */
@ApplicationScoped
@Typed(AlipayPayments.class)
public class AlipayPayments implements PaymentPort {

    private static final Logger LOG = Logger.getLogger(AlipayPayments.class.getName());

    /** A waiting payment this close to expiry is not reopened: the payer needs time at the cashier. */
    private static final Duration REOPEN_MARGIN = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    AlipayConnection alipay;

    @Inject
    Clock clock;

    @Override
    public PaymentStart begin(PaymentRequest request) {
        Instant now = clock.instant();
        List<Payment> earlier = em.createQuery("select p from Payment p where p.orderId = :order order by p.id desc",
                Payment.class).setParameter("order", request.order().value()).getResultList();
        Payment payment = earlier.stream().findFirst()
                .filter(p -> p.status() == PaymentStatus.WAITING && p.channel() == request.channel()
                        && p.amount().equals(request.amount()) && p.expiresAt().isAfter(now.plus(REOPEN_MARGIN)))
                .orElse(null);
        if (payment == null) {
            TradeNumber number = new TradeNumber(request.tenant(), request.order(), earlier.size() + 1);
            payment = new Payment(number, request.amount(), request.channel(), now,
                    now.plus(alipay.settings().payTimeout()));
            em.persist(payment);
        }
        String cashier = alipay.cashier().cashierUrl(payment.tradeNumber(), request.amount(), request.subject(),
                request.channel(), Duration.between(now, payment.expiresAt()),
                alipay.returnUrl("/my-orders/order/" + request.order().value()), alipay.notifyUrl());
        return PaymentStart.pending(payment.tradeNumber(), cashier);
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        Payment payment = em.createQuery("select p from Payment p where p.tradeNumber = :number", Payment.class)
                .setParameter("number", request.paymentReference()).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.conflict("payment_not_refundable"));
        boolean done = !em.createQuery("select r from PaymentRefund r where r.paymentId = :payment"
                        + " and r.requestNo = :request", PaymentRefund.class)
                .setParameter("payment", payment.id()).setParameter("request", request.requestNo())
                .getResultList().isEmpty();
        if (done) {
            return new RefundResult(true, request.requestNo());
        }
        Instant at;
        try {
            at = alipay.gateway().refund(payment.tradeNumber(), request.amount(), request.requestNo(), "订单退款");
        } catch (AlipayGateway.Refused | AlipayGateway.Unavailable e) {
            LOG.warning(() -> "refund " + request.requestNo() + " of " + payment.tradeNumber() + " failed: "
                    + e.getMessage());
            return new RefundResult(false, null);
        }
        em.persist(new PaymentRefund(payment, request.requestNo(), request.amount(), at));
        payment.addRefund(request.amount());
        return new RefundResult(true, request.requestNo());
    }
}
