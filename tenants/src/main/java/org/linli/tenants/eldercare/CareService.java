package org.linli.tenants.eldercare;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
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
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Elder care (居家养老): operators link family members to elders; operators or family set up care plans with a
 * weekly visit pattern; the provider's carers check in and out of each visit with a note and the tasks done; family
 * read the visit reports; a watch marks visits nobody checked in to as missed and alerts family and operators.
 */
@ApplicationService
public class CareService {

    /** The elders one resident is family of. */
    static final int MAX_ELDERS = 50;

    /** How far ahead visits are planned. */
    static final int HORIZON_DAYS = 28;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    ResidentService residents;

    @Inject
    ProviderService providers;

    @Inject
    Clock clock;

    /** An elder as a linked family member sees them. */
    public record Elder(ResidentId id, String name, String relation) {
    }

    @Audited("care.family.link")
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public FamilyLink link(@AuditTarget ResidentId elder, ResidentId family, String relation) {
        residents.get(elder);
        residents.get(family);
        if (elder.equals(family)) {
            throw DomainException.invalid(FieldError.of("familyId", "not_self"));
        }
        if (relation == null || relation.isBlank() || relation.strip().length() > 20) {
            throw DomainException.invalid(FieldError.of("relation", "size", 1, 20));
        }
        if (linked(family, elder)) {
            throw DomainException.conflict("family_already_linked");
        }
        FamilyLink link = new FamilyLink(elder.value(), family.value(), relation.strip(), clock.instant());
        em.persist(link);
        return link;
    }

    /** The elders the signed-in resident is family of. */
    @Query
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.ORDER_PLACE)
    public List<Elder> myElders() {
        ResidentRecord me = me();
        List<FamilyLink> links = em.createQuery("select l from FamilyLink l where l.familyId = :me order by l.id",
                FamilyLink.class).setParameter("me", me.id().value()).setMaxResults(MAX_ELDERS).getResultList();
        return links.stream().map(link -> new Elder(new ResidentId(link.elderId()),
                CallerContext.system("care-family", TenantContext.require())
                        .call(() -> residents.get(new ResidentId(link.elderId())).name()), link.relation())).toList();
    }

    /** A plan for an elder, by an operator or by the elder's family; visits are planned four weeks ahead. */
    @Audited("care.plan.create")
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.ORDER_READ)
    public CarePlan createPlan(CareCommands.NewPlan command) {
        validator.validate(command);
        requireCaring(command.elder());
        if (!providers.get(command.provider()).isSelling()) {
            throw DomainException.conflict("provider_not_verified");
        }
        if (command.firstDay().isBefore(LocalDate.now(clock.withZone(ChinaTime.ZONE)))) {
            throw DomainException.invalid(FieldError.of("firstDay", "not_past"));
        }
        Long grid = CallerContext.system("care-plan", TenantContext.require())
                .call(() -> residents.get(command.elder())).grid();
        CarePlan plan = new CarePlan(command.elder().value(), grid, command.provider().value(), command,
                CurrentUser.require().username(), clock.instant());
        em.persist(plan);
        em.flush();
        plan(plan);
        return plan;
    }

    /** An elder's plans, for their family, operators and the providers who visit. */
    @Query
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.ORDER_READ)
    public Page<CarePlan> plans(ResidentId elder, PageRequest page) {
        Optional<Long> provider = requireFollowing(elder);
        return PagedQuery.of(em, CarePlan.class, "p").filter("p.elderId = :elder", "elder", elder.value())
                .filter("p.providerId = :provider", "provider", provider.orElse(null))
                .page("p.createdAt desc, p.id desc", page);
    }

    /** Ends a plan; its future planned visits are cancelled. */
    @Audited("care.plan.end")
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.ORDER_READ)
    public CarePlan endPlan(@AuditTarget long planId) {
        CarePlan plan = findPlan(planId);
        requireCaring(new ResidentId(plan.elderId()));
        plan.end();
        em.createQuery("update CareVisit v set v.status = :cancelled where v.planId = :plan and v.status = :planned")
                .setParameter("cancelled", CareVisit.Status.CANCELLED).setParameter("plan", planId)
                .setParameter("planned", CareVisit.Status.PLANNED).executeUpdate();
        return plan;
    }

    /** A plan's visits, newest first: the visit reports family read. */
    @Query
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.ORDER_READ)
    public Page<CareVisit> visits(long planId, PageRequest page) {
        CarePlan plan = findPlan(planId);
        Optional<Long> provider = requireFollowing(new ResidentId(plan.elderId()));
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
            return new Round(visit, elder.name(), elder.address(), findPlan(visit.planId()).tasks());
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
        CarePlan plan = findPlan(visit.planId());
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
                .setParameter("active", CarePlan.Status.ACTIVE).getResultList().forEach(this::plan);
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
                    me().id().value());
        } else if (actor.role() == Role.PROVIDER_STAFF) {
            query.filter("a.providerId = :mine", "mine", providers.myStaff().provider().value());
        } else if (!CurrentUser.isPermitted(Permissions.MARKET_READ)) {
            return Page.of(List.of(), 0, page);
        }
        return query.page("a.raisedAt desc, a.id desc", page);
    }

    /** Plans the visits of {@code plan} from now up to the horizon that are not planned yet. */
    private void plan(CarePlan plan) {
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
    private void requireCaring(ResidentId elder) {
        if (CurrentUser.isPermitted(Permissions.MARKET_MANAGE)) {
            residents.get(elder);
            return;
        }
        if (CurrentUser.require().role() != Role.RESIDENT || !isFamilyOrSelf(elder)) {
            throw DomainException.notFound("resident_not_found");
        }
    }

    /** Who may follow an elder's care; returns the provider a carer is limited to. */
    private Optional<Long> requireFollowing(ResidentId elder) {
        Actor actor = CurrentUser.require();
        if (actor.role() == Role.PROVIDER_STAFF) {
            return Optional.of(providers.myStaff().provider().value());
        }
        requireCaring(elder);
        return Optional.empty();
    }

    private boolean isFamilyOrSelf(ResidentId elder) {
        ResidentRecord me = me();
        return me.id().equals(elder) || linked(me.id(), elder);
    }

    private boolean linked(ResidentId family, ResidentId elder) {
        return em.createQuery("select l from FamilyLink l where l.familyId = :family and l.elderId = :elder",
                        FamilyLink.class).setParameter("family", family.value()).setParameter("elder", elder.value())
                .getResultStream().findAny().isPresent();
    }

    private ResidentRecord me() {
        return residents.me();
    }

    private CareVisit ownVisit(long visitId) {
        long provider = providers.myStaff().provider().value();
        CareVisit visit = em.find(CareVisit.class, visitId);
        if (visit == null || visit.providerId() != provider) {
            throw DomainException.notFound("care_visit_not_found");
        }
        return visit;
    }

    private CarePlan findPlan(long planId) {
        TenantContext.require();
        CarePlan plan = em.find(CarePlan.class, planId);
        if (plan == null) {
            throw DomainException.notFound("care_plan_not_found");
        }
        return plan;
    }
}
