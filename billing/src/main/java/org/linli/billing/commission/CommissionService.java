package org.linli.billing.commission;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.modules.Module;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The commission rules of the tenant acted for: platform operators define new versions and retire them; operators
 * and finance read them; billing looks up the rule that applies to a paid order.
 */
@ApplicationService
public class CommissionService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ProviderService providers;

    @Inject
    Clock clock;

    /**
     * A page of every version of every rule, active ones first, newest first: each change of terms adds a version,
     * so the list grows with time.
     */
    @Query
    @RequiresPermission(Permissions.COMMISSION_READ)
    public Page<CommissionRule> rules(PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, CommissionRule.class, "r").page("r.status, r.module, r.providerId, r.version desc",
                page);
    }

    /**
     * Puts {@code terms} in force for {@code module} (and only for {@code provider}, when given): the active version
     * for the same module and provider, if any, is retired and the new one numbered after it.
     */
    @Audited("commission.define")
    @RequiresPermission(Permissions.COMMISSION_MANAGE)
    public CommissionRule define(@AuditTarget Module module, ProviderId provider, CommissionTerms terms) {
        TenantContext.require();
        if (module == null) {
            throw DomainException.invalid(FieldError.of("module", "required"));
        }
        if (!commissioned(module)) {
            throw DomainException.invalid(FieldError.of("module", "free_module_no_commission"));
        }
        if (provider != null) {
            providers.get(provider);
        }
        Long providerId = provider == null ? null : provider.value();
        Optional<CommissionRule> current = active(module, providerId);
        int version = versions(module, providerId) + 1;
        current.ifPresent(rule -> rule.retire(clock.instant()));
        em.flush();
        CommissionRule rule = new CommissionRule(module, providerId, version, terms, clock.instant());
        em.persist(rule);
        return rule;
    }

    /** Ends a rule: orders paid afterwards fall back to the module's general rule, or to no commission. */
    @Audited("commission.retire")
    @RequiresPermission(Permissions.COMMISSION_MANAGE)
    public CommissionRule retire(@AuditTarget long ruleId) {
        CommissionRule rule = find(ruleId);
        rule.retire(clock.instant());
        return rule;
    }

    /** The rule for an order of {@code module} by {@code provider}: the provider's own, else the module's, if any. */
    @Query
    @RequiresPermission(Permissions.COMMISSION_READ)
    public Optional<CommissionRule> ruleFor(Module module, ProviderId provider) {
        TenantContext.require();
        if (!commissioned(module)) {
            return Optional.empty();
        }
        return active(module, provider.value()).or(() -> active(module, null));
    }

    /** The module-wide rule for {@code module}, if any: what ad bookings (no provider) are split by. */
    @Query
    @RequiresPermission(Permissions.COMMISSION_READ)
    public Optional<CommissionRule> moduleRule(Module module) {
        TenantContext.require();
        return commissioned(module) ? active(module, null) : Optional.empty();
    }

    /**
     * Whether payments under {@code module} are split by a rule: every paid module, and the free ads module, whose
     * revenue (advertisers' bookings) the platform and the tenant share.
     */
    private static boolean commissioned(Module module) {
        return !module.isFree() || module == Module.ADS;
    }

    private Optional<CommissionRule> active(Module module, Long providerId) {
        String who = providerId == null ? "r.providerId is null" : "r.providerId = :provider";
        var query = em.createQuery("select r from CommissionRule r where r.module = :module and " + who
                + " and r.status = :active", CommissionRule.class).setParameter("module", module)
                .setParameter("active", RuleStatus.ACTIVE);
        if (providerId != null) {
            query.setParameter("provider", providerId);
        }
        return query.getResultStream().findFirst();
    }

    private int versions(Module module, Long providerId) {
        String who = providerId == null ? "r.providerId is null" : "r.providerId = :provider";
        var query = em.createQuery("select max(r.version) from CommissionRule r where r.module = :module and " + who,
                Integer.class).setParameter("module", module);
        if (providerId != null) {
            query.setParameter("provider", providerId);
        }
        Integer max = query.getSingleResult();
        return max == null ? 0 : max;
    }

    private CommissionRule find(long id) {
        TenantContext.require();
        CommissionRule rule = em.find(CommissionRule.class, id);
        if (rule == null) {
            throw DomainException.notFound("commission_rule_not_found");
        }
        return rule;
    }
}
