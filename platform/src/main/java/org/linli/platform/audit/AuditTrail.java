package org.linli.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantId;

import java.time.Clock;

/**
 * Appends to the audit trail. The actor and tenant come from the caller's context unless given explicitly (sign-in,
 * where nobody is signed in yet).
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    /** Appends within the caller's transaction: the record commits or rolls back with the change it describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String action, String target, Outcome outcome, String detail) {
        em.persist(record(currentActor(), TenantContext.current().orElse(null), action, target, outcome, detail));
    }

    /** Appends in a transaction of its own, so that it survives the caller's rollback. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendIndependently(String action, String target, Outcome outcome, String detail) {
        em.persist(record(currentActor(), TenantContext.current().orElse(null), action, target, outcome, detail));
    }

    /** Appends for an explicitly named actor, in a transaction of its own (sign-in and sign-out). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendFor(String actor, String actorRole, TenantId tenant, String action, Outcome outcome,
                          String detail) {
        em.persist(new AuditRecord(clock.instant(), tenant, actor, actorRole, action, null, outcome, detail));
    }

    private AuditRecord record(Actor actor, TenantId tenant, String action, String target, Outcome outcome,
                               String detail) {
        String name = actor == null ? "anonymous" : actor.username();
        String role = actor == null || actor.role() == null ? null : actor.role().name();
        return new AuditRecord(clock.instant(), tenant, name, role, action, target, outcome, detail);
    }

    private static Actor currentActor() {
        return CurrentUser.actor().orElse(null);
    }
}
