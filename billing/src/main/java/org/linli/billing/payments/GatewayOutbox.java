package org.linli.billing.payments;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;

/**
 * Finishes gateway calls whose answer never arrived (a crash, a rollback, an unreachable gateway): the payment watch
 * hands it one pending {@link GatewayIntent} per transaction, and the same call is made again under the same request
 * number with the same amount, so the gateway does it at most once and its answer is recorded here once.
 */
@ApplicationService
public class GatewayOutbox {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    GatewayCalls calls;

    /** Makes the intent's call again if it is still pending; answers how it ended. */
    @Audited("gateway-intent.finish")
    @RequiresPermission(Permissions.PAYMENT_CONFIRM)
    public GatewayCalls.Status finish(@AuditTarget long intentId) {
        TenantContext.require();
        GatewayIntent intent = em.find(GatewayIntent.class, intentId, LockModeType.PESSIMISTIC_WRITE);
        if (intent == null || intent.status() != GatewayIntent.Status.PENDING) {
            return GatewayCalls.Status.DONE;
        }
        intent.attempt();
        return calls.resume(intent).status();
    }
}
