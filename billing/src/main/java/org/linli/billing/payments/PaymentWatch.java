package org.linli.billing.payments;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.jobs.ScheduledJob;
import org.linli.platform.jobs.ScheduledRounds;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, in every active tenant: asks the gateway about payments whose notify has not come and closes those
 * that expired unpaid; makes again the gateway calls whose answer never came (see {@link GatewayOutbox}); and lets
 * orders that were placed but not paid within the payment timeout expire. Each payment, call and order is handled
 * in a transaction of its own, so no gateway call waits while a long transaction holds rows, and one refusal or
 * failure does not stop the round. One cluster member does each tenant's minute ({@link ScheduledRounds}); rows are
 * locked while decided all the same, so an on-demand round beside it does no harm.
 */
@Singleton
// No container transaction around the round: each call runs in its own, because a transaction is bound to one
// tenant and one failure must not roll back another's work. (Payara starts a transaction for a timeout of a
// container-managed bean even when it is marked NOT_SUPPORTED.) The same holds for every scheduled job.
@TransactionManagement(TransactionManagementType.BEAN)
public class PaymentWatch {

    private static final Logger LOG = Logger.getLogger(PaymentWatch.class.getName());

    /** A payment younger than this is left to its notify before the gateway is asked. */
    static final Duration NOTIFY_GRACE = Duration.ofMinutes(1);

    /** A gateway call younger than this may still be waiting for its answer in the request that made it. */
    static final Duration ANSWER_GRACE = Duration.ofMinutes(1);

    /** Each minute once in the cluster; a tenant's round normally takes well under a second. */
    static final ScheduledJob JOB = ScheduledJob.every("payment-watch", Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Inject
    ScheduledRounds rounds;

    /**
     * Looked up when a timer fires, not when the bean is made: a timer may fire while the application still starts,
     * before the gateway's settings can be read, and a singleton that failed to be made stays unusable.
     */
    @Inject
    Instance<PaymentGatewaySettings> gateway;

    @Inject
    PaymentService payments;

    @Inject
    GatewayIntents intents;

    @Inject
    GatewayOutbox outbox;

    @Inject
    OrderService orders;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (gateway.get().alipay().isPresent()) {
            rounds.everyTenant(JOB, this::watch);
        }
    }

    /** A round in every tenant now, outside the schedule (still one node at a time per tenant). */
    public void roundNow() {
        if (gateway.get().alipay().isPresent()) {
            rounds.everyTenantNow(JOB, this::watch);
        }
    }

    /** One tenant's round, as the system job acting for it; answers what it did, or null when nothing. */
    private String watch(TenantId tenant) {
        Duration timeout = gateway.get().alipay().orElseThrow().payTimeout();
        Round round = new Round();
        for (Long payment : payments.waitingPayments(NOTIFY_GRACE)) {
            round.count(() -> recover(payment));
        }
        for (Long intent : intents.unanswered(ANSWER_GRACE, 200)) {
            round.count(() -> "CALL_" + outbox.finish(intent).name());
        }
        Instant placedBefore = clock.instant().minus(timeout).minus(NOTIFY_GRACE);
        for (OrderId order : orders.unpaid(placedBefore, 200)) {
            round.count(() -> payments.expireUnpaid(order) ? "EXPIRED" : "UNCHANGED");
        }
        return round.done.isEmpty() ? null : round.done.toString();
    }

    /** Asks about one waiting payment; a checkout its owner refused is recorded as such and given back. */
    private String recover(long payment) {
        try {
            return payments.recoverOne(payment).name();
        } catch (CheckoutRefusal refused) {
            return "REFUSED_" + payments.refuseCheckout(refused.tradeNumber(), refused.report(), refused.code())
                    .name();
        }
    }

    /** What one tenant's round did, step by step; a failing step is logged and the round goes on. */
    private static final class Round {

        final Map<String, Integer> done = new TreeMap<>();

        void count(Supplier<String> step) {
            String outcome;
            try {
                outcome = step.get();
            } catch (DomainException e) {
                outcome = e.code();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "payment watch step failed", e);
                outcome = "FAILED";
            }
            if (!"UNCHANGED".equals(outcome)) {
                done.merge(outcome, 1, Integer::sum);
            }
        }
    }
}
