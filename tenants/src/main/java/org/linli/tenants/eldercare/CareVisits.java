package org.linli.tenants.eldercare;

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
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.RequiresModule;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Care visits (探访): the provider's carers see their rounds and check in and out of each visit with a note and the
 * tasks done, or move a visit; family read the visit reports; the watch marks visits nobody checked in to as missed
 * and alerts family, providers and operators. Kept apart from {@link CareService}, where family are linked and plans
 * made, because this is the carers' daily work and what follows from it, under the provider-work permission.
 */
@ApplicationService
public class CareVisits {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ResidentDirectory residents;

    @Inject
    ProviderService providers;

    @Inject
    CareRules rules;

    @Inject
    Clock clock;

    /** A plan's visits, newest first: the visit reports family read. */
    @Query
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.ORDER_READ)
    public Page<CareVisit> visits(long planId, PageRequest page) {
        CarePlan plan = rules.findPlan(planId);
        Optional<Long> provider = rules.requireFollowing(new ResidentId(plan.elderId()));
        if (provider.isPresent() && provider.get() != plan.providerId()) {
            throw DomainException.notFound("care_plan_not_found");
        }
        return PagedQuery.of(em, CareVisit.class, "v").filter("v.planId = :plan", "plan", planId)
                .page("v.scheduledAt desc, v.id desc", page);
    }

    /** A visit on a carer's round: whom to visit, where, and what to do. */
    public record Round(CareVisit visit, String elder, String address, List<String> tasks) {
    }

    /** The signed-in carer's provider's visits in a period, in time order: the day's rounds. */
    @Query
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Page<Round> rounds(Instant from, Instant to, PageRequest page) {
        long provider = providers.myStaff().provider().value();
        Page<CareVisit> visits = PagedQuery.of(em, CareVisit.class, "v")
                .filter("v.providerId = :provider", "provider", provider)
                .filter("v.scheduledAt >= :from", "from", from).filter("v.scheduledAt < :to", "to", to)
                .page("v.scheduledAt, v.id", page);
        Map<Long, ResidentRecord> elders = new HashMap<>();
        return visits.map(visit -> {
            ResidentRecord elder = elders.computeIfAbsent(visit.elderId(), id -> CallerContext.system("care-round",
                    TenantContext.require()).call(() -> residents.get(new ResidentId(id))));
            return new Round(visit, elder.name(), elder.address(), rules.findPlan(visit.planId()).tasks());
        });
    }

    @Audited("care.visit.check-in")
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public CareVisit checkIn(@AuditTarget long visitId) {
        CareVisit visit = ownVisit(visitId);
        visit.checkIn(CurrentUser.require().displayName(), clock.instant());
        return visit;
    }

    @Audited("care.visit.check-out")
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public CareVisit checkOut(@AuditTarget long visitId, String note, List<String> tasksDone) {
        CareVisit visit = ownVisit(visitId);
        if (note == null || note.isBlank() || note.strip().length() > 2000) {
            throw DomainException.invalid(FieldError.of("note", "size", 1, 2000));
        }
        CarePlan plan = rules.findPlan(visit.planId());
        List<String> done = tasksDone == null ? List.of() : tasksDone.stream().map(String::strip).toList();
        if (!plan.tasks().containsAll(done)) {
            throw DomainException.invalid(FieldError.of("tasksDone", "one_of", String.join(", ", plan.tasks())));
        }
        visit.checkOut(note.strip(), String.join("\n", done), clock.instant());
        return visit;
    }

    /** Moves a planned visit to another time (agreed with the family), at most a day back and four weeks ahead. */
    @Audited("care.visit.reschedule")
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public CareVisit reschedule(@AuditTarget long visitId, Instant at) {
        CareVisit visit = ownVisit(visitId);
        Instant now = clock.instant();
        if (at == null || at.isBefore(now.minus(Duration.ofDays(1))) || at.isAfter(now.plus(Duration.ofDays(28)))) {
            throw DomainException.invalid(FieldError.of("at", "reschedule_window"));
        }
        visit.reschedule(at);
        return visit;
    }

    /**
     * The watch: planned visits nobody checked in to within the grace period become missed, each with an alert;
     * active plans get their visits planned up to four weeks ahead. Returns how many visits were missed.
     */
    @Audited("care.watch")
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public int watch() {
        TenantContext.require();
        Instant now = clock.instant();
        List<CareVisit> late = em.createQuery("select v from CareVisit v where v.status = :planned"
                        + " and v.scheduledAt < :due", CareVisit.class)
                .setParameter("planned", CareVisit.Status.PLANNED).setParameter("due", now.minus(CareVisit.GRACE))
                .getResultList();
        for (CareVisit visit : late) {
            visit.miss();
            em.persist(new CareAlert(visit, now));
        }
        em.createQuery("select p from CarePlan p where p.status = :active", CarePlan.class)
                .setParameter("active", CarePlan.Status.ACTIVE).getResultList().forEach(rules::planAhead);
        return late.size();
    }

    /** Missed-visit alerts the caller should see: family their elders', providers theirs, operators all. */
    @Query
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.ORDER_READ)
    public Page<CareAlert> alerts(PageRequest page) {
        TenantContext.require();
        Actor actor = CurrentUser.require();
        PagedQuery<CareAlert> query = PagedQuery.of(em, CareAlert.class, "a");
        if (actor.role() == Role.RESIDENT) {
            query.filter("a.elderId in (select l.elderId from FamilyLink l where l.familyId = :me)", "me",
                    residents.me().id().value());
        } else if (actor.role() == Role.PROVIDER_STAFF) {
            query.filter("a.providerId = :mine", "mine", providers.myStaff().provider().value());
        } else if (!CurrentUser.isPermitted(Permissions.MARKET_READ)) {
            return Page.of(List.of(), 0, page);
        }
        return query.page("a.raisedAt desc, a.id desc", page);
    }

    private CareVisit ownVisit(long visitId) {
        long provider = providers.myStaff().provider().value();
        CareVisit visit = em.find(CareVisit.class, visitId);
        if (visit == null || visit.providerId() != provider) {
            throw DomainException.notFound("care_visit_not_found");
        }
        return visit;
    }
}
