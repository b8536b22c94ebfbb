package org.linli.billing.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.orders.PaymentPort;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The development gateway for checkouts: a payment is recorded and confirmed at once under its {@code LF…} or
 * {@code LA…} trade number (its gateway trade number says {@code dev-…}: no money moves), booked and announced with
 * {@link org.linli.tenants.checkout.CheckoutPaid} exactly as a gateway's confirmation is; refunds are recorded at
 * once under their request number.
 */
@ApplicationScoped
@Typed(DevelopmentCheckouts.class)
public class DevelopmentCheckouts implements CheckoutPort {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CheckoutReceipts receipts;

    @Inject
    GatewayCalls calls;

    @Inject
    Clock clock;

    @Override
    public Start begin(Request request) {
        TradeNumber.Subject subject = TradeNumber.Subject.of(request.purpose());
        List<Payment> earlier = Payment.attempts(em, subject, request.subjectId()).getResultList();
        Payment paid = earlier.stream().filter(p -> p.status() == PaymentStatus.PAID).findFirst().orElse(null);
        if (paid != null) {
            return new Start(true, paid.tradeNumber(), null);
        }
        Instant now = clock.instant();
        TradeNumber number = new TradeNumber(request.tenant(), subject, request.subjectId(), earlier.size() + 1);
        Payment payment = new Payment(number, request.amount(), PaymentPort.Channel.valueOf(request.channel().name()),
                now, now).forSeller(request.purpose() == Purpose.FLEA_RESERVATION ? request.sellerResidentId() : null);
        em.persist(payment);
        payment.markPaid("dev-" + UUID.randomUUID(), now);
        receipts.received(payment, null).ifPresent(code -> {
            throw DomainException.conflict(code);
        });
        return new Start(true, payment.tradeNumber(), null);
    }

    @Override
    public Refund refund(RefundRequest request) {
        Payment payment = Payment.attempts(em, TradeNumber.Subject.of(request.purpose()), request.subjectId())
                .getResultStream().filter(p -> p.status() == PaymentStatus.PAID).findFirst()
                .orElseThrow(() -> DomainException.conflict("payment_not_refundable"));
        GatewayCalls.Answer answer = calls.refundAtOnce(payment, request.requestNo(), request.amount());
        return new Refund(true, "dev-refund-" + request.requestNo(), answer.amount());
    }

    @Override
    public void abandon(TenantId tenant, Purpose purpose, long subjectId) {
        // Nothing waits at the development gateway: it confirms every payment at once.
    }
}
