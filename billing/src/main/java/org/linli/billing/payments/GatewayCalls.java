package org.linli.billing.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.billing.checkout.CheckoutBooks;
import org.linli.billing.payments.alipay.AlipayConnection;
import org.linli.billing.payments.alipay.AlipayGateway;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every call that moves money at the gateway or ends a trade there goes through here: the call is written down as a
 * {@link GatewayIntent} and committed first, then made with the intent's amount, trade and target, and its answer is
 * recorded in the caller's transaction together with what it changes (a refund row, a closed payment). A refusal is
 * committed on its own; no answer (gateway unreachable, a crash, a rollback) leaves the intent pending for the
 * payment watch, which makes the same call again under the same number — which the gateway does once.
 */
@ApplicationScoped
public class GatewayCalls {

    private static final Logger LOG = Logger.getLogger(GatewayCalls.class.getName());

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    GatewayIntents intents;

    @Inject
    AlipayConnection alipay;

    @Inject
    Clock clock;

    @Inject
    Event<GatewayRefused> refusals;

    @Inject
    CheckoutBooks books;

    /** How a call ended: done (with the amount it moved), refused by the gateway, or not answered (yet). */
    public enum Status { DONE, REFUSED, UNANSWERED }

    /** The answer to a call; {@code amount} is the intent's, which a retry under the same number always keeps. */
    public record Answer(Status status, Money amount, String reference) {

        public boolean done() {
            return status == Status.DONE;
        }
    }

    /**
     * Gives back {@code amount} of a paid payment under {@code requestNo}. A number refunded before answers that
     * refund; a number written down before is sent again with the amount it was first written with. A new refund may
     * not exceed what the payment collected less what was refunded or is being refunded from it
     * ({@code refund_exceeds_payment}).
     */
    public Answer refund(Payment payment, String requestNo, Money amount, String reason) {
        Optional<PaymentRefund> recorded = recordedRefund(payment, requestNo);
        if (recorded.isPresent()) {
            return new Answer(Status.DONE, recorded.get().amount(), requestNo);
        }
        if (payment.status() != PaymentStatus.PAID) {
            throw DomainException.conflict("payment_not_refundable");
        }
        Optional<Long> written = writtenAmount(GatewayIntent.Kind.REFUND, requestNo);
        if (written.isEmpty()) {
            payment.checkRefund(amount, pendingRefunds(payment));
        }
        GatewayIntent intent = open(GatewayIntent.refund(payment.tradeNumber(), requestNo, amount, reason,
                clock.instant()));
        return finishRefund(payment, intent);
    }

    /**
     * Records a refund the development gateway confirms at once (no gateway call): as {@link #refund}, without the
     * intent, since nothing can be left unanswered.
     */
    public Answer refundAtOnce(Payment payment, String requestNo, Money amount) {
        Optional<PaymentRefund> recorded = recordedRefund(payment, requestNo);
        if (recorded.isPresent()) {
            return new Answer(Status.DONE, recorded.get().amount(), requestNo);
        }
        if (payment.status() != PaymentStatus.PAID) {
            throw DomainException.conflict("payment_not_refundable");
        }
        payment.checkRefund(amount, Money.ZERO);
        recordRefund(payment, requestNo, amount, clock.instant());
        return new Answer(Status.DONE, amount, requestNo);
    }

    /** Closes a waiting payment's trade so that it can no longer be paid; a refusal means it was paid meanwhile. */
    public Answer close(Payment payment) {
        GatewayIntent intent = open(GatewayIntent.close(payment.tradeNumber(), clock.instant()));
        return finishClose(payment, intent);
    }

    /** Transfers {@code amount} of a paid trade to {@code account} under {@code requestNo} (royalty settle). */
    public Answer settle(String gatewayTradeNo, String requestNo, String account, Money amount, String description) {
        GatewayIntent intent = open(GatewayIntent.settle(gatewayTradeNo, requestNo, account, amount, description,
                clock.instant()));
        if (intent.status() == GatewayIntent.Status.DONE) {
            return new Answer(Status.DONE, intent.amount(), intent.outcome());
        }
        return settleAgain(intent);
    }

    /**
     * Makes a pending intent's call again (the payment watch, after a crash or a lost answer), in the caller's
     * transaction, which holds the intent's lock.
     */
    Answer resume(GatewayIntent intent) {
        switch (intent.kind()) {
            case REFUND -> {
                Payment payment = Payment.byTradeNumber(em, intent.tradeNumber()).getResultStream().findFirst()
                        .orElseThrow(() -> new IllegalStateException("no payment " + intent.tradeNumber()));
                if (recordedRefund(payment, intent.requestNo()).isPresent()) {
                    complete(intent, intent.requestNo());
                    return new Answer(Status.DONE, intent.amount(), intent.requestNo());
                }
                return finishRefund(payment, intent);
            }
            case CLOSE -> {
                Payment payment = Payment.byTradeNumber(em, intent.tradeNumber()).getResultStream().findFirst()
                        .orElseThrow(() -> new IllegalStateException("no payment " + intent.tradeNumber()));
                return finishClose(payment, intent);
            }
            default -> {
                return settleAgain(intent);
            }
        }
    }

    /** A refusal of a call that was not written down (a trade query): recorded for finance all the same. */
    void refusedQuery(String tradeNumber, AlipayGateway.Refused e) {
        refusals.fire(new GatewayRefused("QUERY", tradeNumber, null, null, e.subCode(), clock.instant()));
    }

    private Answer settleAgain(GatewayIntent intent) {
        try {
            String settleNo = alipay.gateway().settle(intent.tradeNumber(), intent.requestNo(), intent.target(),
                    intent.amount(), intent.note());
            complete(intent, settleNo);
            return new Answer(Status.DONE, intent.amount(), settleNo);
        } catch (AlipayGateway.Refused e) {
            return refused(intent, e);
        } catch (AlipayGateway.Unavailable e) {
            return unanswered(intent, e);
        }
    }

    private Answer finishRefund(Payment payment, GatewayIntent intent) {
        if (intent.status() == GatewayIntent.Status.DONE) {
            // Done by the watch after this use case's first try was rolled back: record what the gateway did.
            return record(payment, intent, clock.instant());
        }
        try {
            Instant at = alipay.gateway().refund(payment.tradeNumber(), intent.amount(), intent.requestNo(),
                    intent.note() == null ? "退款" : intent.note());
            complete(intent, intent.requestNo());
            return record(payment, intent, at);
        } catch (AlipayGateway.Refused e) {
            return refused(intent, e);
        } catch (AlipayGateway.Unavailable e) {
            return unanswered(intent, e);
        }
    }

    private Answer record(Payment payment, GatewayIntent intent, Instant at) {
        if (recordedRefund(payment, intent.requestNo()).isEmpty()) {
            recordRefund(payment, intent.requestNo(), intent.amount(), at);
        }
        return new Answer(Status.DONE, intent.amount(), intent.requestNo());
    }

    /** Writes a refund down once, and books it when the payment is a checkout's (orders book theirs by event). */
    private void recordRefund(Payment payment, String requestNo, Money amount, Instant at) {
        em.persist(new PaymentRefund(payment, requestNo, amount, at));
        payment.addRefund(amount);
        if (payment.subject().purpose().isPresent()) {
            gatewayJob().run(() -> books.recordRefund(payment.id(), requestNo, amount));
        }
    }

    private Answer finishClose(Payment payment, GatewayIntent intent) {
        if (intent.status() != GatewayIntent.Status.DONE) {
            try {
                alipay.gateway().close(payment.tradeNumber());
            } catch (AlipayGateway.Refused e) {
                // Paid between the last look and the close: its notify (or the watch) confirms it.
                return refused(intent, e);
            } catch (AlipayGateway.Unavailable e) {
                return unanswered(intent, e);
            }
            complete(intent, payment.tradeNumber());
        }
        payment.markClosed(clock.instant());
        return new Answer(Status.DONE, Money.ZERO, payment.tradeNumber());
    }

    private GatewayIntent open(GatewayIntent draft) {
        return gatewayJob().call(() -> intents.open(draft));
    }

    private void complete(GatewayIntent intent, String reference) {
        gatewayJob().run(() -> intents.complete(intent.id(), reference));
    }

    private Answer refused(GatewayIntent intent, AlipayGateway.Refused e) {
        LOG.warning(() -> intent.auditName() + " refused: " + e.getMessage());
        if (em.contains(intent)) {
            // The watch's own transaction holds the intent: its refusal is recorded there.
            intent.fail(e.subCode(), clock.instant());
            refusals.fire(new GatewayRefused(intent.kind().name(), intent.tradeNumber(), intent.requestNo(),
                    intent.amount(), e.subCode(), clock.instant()));
        } else {
            gatewayJob().run(() -> intents.fail(intent.id(), e.subCode()));
        }
        return new Answer(Status.REFUSED, intent.amount(), e.subCode());
    }

    private static Answer unanswered(GatewayIntent intent, AlipayGateway.Unavailable e) {
        LOG.warning(() -> intent.auditName() + " not answered, left to the payment watch: " + e.getMessage());
        return new Answer(Status.UNANSWERED, intent.amount(), null);
    }

    private Optional<PaymentRefund> recordedRefund(Payment payment, String requestNo) {
        return em.createQuery("select r from PaymentRefund r where r.paymentId = :payment and r.requestNo = :request",
                        PaymentRefund.class).setParameter("payment", payment.id()).setParameter("request", requestNo)
                .getResultStream().findFirst();
    }

    /** The amount an intent was first written with, read without loading it here (it changes in its own transactions). */
    private Optional<Long> writtenAmount(GatewayIntent.Kind kind, String requestNo) {
        return em.createQuery("select i.amountFen from GatewayIntent i where i.kind = :kind and i.requestNo = :request",
                Long.class).setParameter("kind", kind).setParameter("request", requestNo).getResultStream().findFirst();
    }

    /** What is being refunded from a payment but not yet recorded as refunded. */
    private Money pendingRefunds(Payment payment) {
        Long fen = em.createQuery("select sum(i.amountFen) from GatewayIntent i where i.kind = :kind"
                        + " and i.tradeNumber = :trade and i.status = :pending", Long.class)
                .setParameter("kind", GatewayIntent.Kind.REFUND).setParameter("trade", payment.tradeNumber())
                .setParameter("pending", GatewayIntent.Status.PENDING).getSingleResult();
        return Money.fen(fen == null ? 0 : fen);
    }

    private static CallerContext gatewayJob() {
        return CallerContext.system("gateway-outbox", TenantContext.require());
    }
}
