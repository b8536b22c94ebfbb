package org.linli.billing.settlement;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * The tenant's settlement terms as stored, read both where they are changed and where a cycle is drafted. It checks
 * no permission itself; the services that use it do.
 */
@Dependent
class SettlementTermsStore {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    /** The terms the tenant set, if it ever did. */
    Optional<SettlementTerms> stored() {
        return em.createQuery("select t from SettlementTerms t", SettlementTerms.class).getResultStream().findFirst();
    }

    /** The terms that apply: the tenant's own, or the default cycle. */
    SettlementTerms inForce() {
        return stored().orElseGet(() -> new SettlementTerms(SettlementTerms.DEFAULT_DAYS));
    }
}
