package org.linli.billing.payments;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The book of {@link GatewayIntent}s. An intent is opened and a refusal recorded each in a transaction of its own,
 * committed before the use case that asked for the call goes on: whatever happens to that use case afterwards, the
 * call stays known. Only the gateway's own job may write here ({@code payment:confirm}); {@link GatewayCalls} calls
 * it as that job on behalf of the use case, whose own permission was checked.
 */
@ApplicationService
public class GatewayIntents {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<GatewayRefused> refusals;

    /**
     * Writes the call down and commits it, or answers the intent written under the same kind and request number
     * earlier (a failed one is set to be tried again, with its first amount).
     */
    @Audited("gateway-intent.open")
    @RequiresPermission(Permissions.PAYMENT_CONFIRM)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public GatewayIntent open(GatewayIntent draft) {
        TenantContext.require();
        Optional<GatewayIntent> earlier = find(draft.kind(), draft.requestNo(), LockModeType.PESSIMISTIC_WRITE);
        if (earlier.isPresent()) {
            earlier.get().retry();
            return earlier.get();
        }
        em.persist(draft);
        return draft;
    }

    /** Records, committed at once, that the gateway refused the call; finance finds it among the discrepancies. */
    @Audited("gateway-intent.fail")
    @RequiresPermission(Permissions.PAYMENT_CONFIRM)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(@AuditTarget long id, @AuditDetail String code) {
        GatewayIntent intent = em.find(GatewayIntent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (intent == null || intent.status() != GatewayIntent.Status.PENDING) {
            return;
        }
        intent.fail(code, clock.instant());
        refusals.fire(new GatewayRefused(intent.kind().name(), intent.tradeNumber(), intent.requestNo(),
                intent.amount(), code, clock.instant()));
    }

    /** Records, in the caller's transaction, that the gateway did the call (with what the caller records of it). */
    @Audited("gateway-intent.complete")
    @RequiresPermission(Permissions.PAYMENT_CONFIRM)
    public void complete(@AuditTarget long id, @AuditDetail String reference) {
        GatewayIntent intent = em.find(GatewayIntent.class, id, LockModeType.PESSIMISTIC_WRITE);
        intent.complete(reference, clock.instant());
    }

    /** The intents still waiting for the gateway's answer {@code olderThan} after they were written, oldest first. */
    @Query
    @RequiresPermission(Permissions.PAYMENT_CONFIRM)
    public List<Long> unanswered(Duration olderThan, int limit) {
        TenantContext.require();
        return em.createQuery("select i.id from GatewayIntent i where i.status = :pending and i.createdAt < :before"
                        + " order by i.id", Long.class)
                .setParameter("pending", GatewayIntent.Status.PENDING)
                .setParameter("before", clock.instant().minus(olderThan)).setMaxResults(limit).getResultList();
    }

    /** The intents of a trade (its refunds and close), oldest first. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<GatewayIntent> ofTrade(String tradeNumber) {
        TenantContext.require();
        return em.createQuery("select i from GatewayIntent i where i.tradeNumber = :trade order by i.id",
                GatewayIntent.class).setParameter("trade", tradeNumber).getResultList();
    }

    private Optional<GatewayIntent> find(GatewayIntent.Kind kind, String requestNo, LockModeType lock) {
        return em.createQuery("select i from GatewayIntent i where i.kind = :kind and i.requestNo = :request",
                        GatewayIntent.class).setParameter("kind", kind).setParameter("request", requestNo)
                .setLockMode(lock).getResultStream().findFirst();
    }
}
