package org.linli.billing.settlement;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.Audited;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;

/**
 * The settlement cycle (T+N): finance reads and changes after how many days earnings are settled. Kept apart from
 * {@link SettlementService} because it is the tenant's setting, changed rarely, while the batches are the cycle's
 * daily work; drafting reads the terms in force through the same store.
 */
@ApplicationService
public class SettlementTermsService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    SettlementTermsStore store;

    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public SettlementTerms terms() {
        TenantContext.require();
        return store.inForce();
    }

    @Audited("settlement.terms")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public SettlementTerms changeTerms(int settleAfterDays) {
        TenantContext.require();
        SettlementTerms terms = store.stored().orElse(null);
        if (terms == null) {
            terms = new SettlementTerms(settleAfterDays);
            em.persist(terms);
        } else {
            terms.change(settleAfterDays);
        }
        return terms;
    }
}
