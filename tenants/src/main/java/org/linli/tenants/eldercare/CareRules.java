package org.linli.tenants.eldercare;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the care plans and the visits both rely on: who may set up or follow an elder's care, a plan by id, and how
 * far ahead a plan's visits are planned (when the plan is made, and by the watch). One place, so that both services
 * answer "not found" alike. It checks no permission itself; the services that use it do.
 */
@Dependent
class CareRules {

    /** How far ahead visits are planned. */
    static final int HORIZON_DAYS = 28;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ResidentDirectory residents;

    @Inject
    ProviderService providers;

    @Inject
    Clock clock;

    /** Plans the visits of {@code plan} from now up to the horizon that are not planned yet. */
    void planAhead(CarePlan plan) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        List<Instant> planned = em.createQuery("select v.plannedFor from CareVisit v where v.planId = :plan"
                + " and v.plannedFor >= :now", Instant.class).setParameter("plan", plan.id())
                .setParameter("now", now).getResultList();
        for (Instant at : plan.visitsBetween(today, today.plusDays(HORIZON_DAYS))) {
            if (at.isAfter(now) && !planned.contains(at)) {
                em.persist(new CareVisit(plan, at));
            }
        }
    }

    /** Operators, the elder themselves and linked family may set up and end care. */
    void requireCaring(ResidentId elder) {
        if (CurrentUser.isPermitted(Permissions.MARKET_MANAGE)) {
            residents.get(elder);
            return;
        }
        if (CurrentUser.require().role() != Role.RESIDENT || !isFamilyOrSelf(elder)) {
            throw DomainException.notFound("resident_not_found");
        }
    }

    /** Who may follow an elder's care; returns the provider a carer is limited to. */
    Optional<Long> requireFollowing(ResidentId elder) {
        Actor actor = CurrentUser.require();
        if (actor.role() == Role.PROVIDER_STAFF) {
            return Optional.of(providers.myStaff().provider().value());
        }
        requireCaring(elder);
        return Optional.empty();
    }

    private boolean isFamilyOrSelf(ResidentId elder) {
        ResidentRecord me = residents.me();
        return me.id().equals(elder) || linked(me.id(), elder);
    }

    boolean linked(ResidentId family, ResidentId elder) {
        return em.createQuery("select l from FamilyLink l where l.familyId = :family and l.elderId = :elder",
                        FamilyLink.class).setParameter("family", family.value()).setParameter("elder", elder.value())
                .getResultStream().findAny().isPresent();
    }

    CarePlan findPlan(long planId) {
        TenantContext.require();
        CarePlan plan = em.find(CarePlan.class, planId);
        if (plan == null) {
            throw DomainException.notFound("care_plan_not_found");
        }
        return plan;
    }
}
