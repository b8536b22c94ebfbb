package org.linli.tenants.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.tenancy.TenantContext;

import java.time.Clock;

/**
 * The in-app channel: a message is a row in the recipient's inbox, written in the sender's transaction, so that a
 * change that is rolled back tells nobody. The sending feature has already checked what its caller may do; the
 * inbox checks only that a tenant is bound (its rows are tenant-owned like every other).
 */
@ApplicationScoped
public class InAppMessages implements MessagePort {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void send(Message message) {
        TenantContext.require();
        em.persist(new InboxMessage(message, clock.instant()));
    }
}
