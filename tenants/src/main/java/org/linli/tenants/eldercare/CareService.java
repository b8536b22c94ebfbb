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
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.RequiresModule;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Elder care (居家养老), family and plans: operators link family members to elders; operators or family set up care
 * plans with a weekly visit pattern, read and end them. The visits those plans make — carers' rounds, check-in and
 * check-out, the reports family read, the watch over missed visits — are {@link CareVisits}.
 */
@ApplicationService
public class CareService {

    /** The elders one resident is family of. */
    static final int MAX_ELDERS = 50;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    ResidentDirectory residents;

    @Inject
    ProviderService providers;

    @Inject
    CareRules rules;

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
        if (rules.linked(family, elder)) {
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
        ResidentRecord me = residents.me();
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
        rules.requireCaring(command.elder());
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
        rules.planAhead(plan);
        return plan;
    }

    /** An elder's plans, for their family, operators and the providers who visit. */
    @Query
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.ORDER_READ)
    public Page<CarePlan> plans(ResidentId elder, PageRequest page) {
        Optional<Long> provider = rules.requireFollowing(elder);
        return PagedQuery.of(em, CarePlan.class, "p").filter("p.elderId = :elder", "elder", elder.value())
                .filter("p.providerId = :provider", "provider", provider.orElse(null))
                .page("p.createdAt desc, p.id desc", page);
    }

    /** Ends a plan; its future planned visits are cancelled. */
    @Audited("care.plan.end")
    @RequiresModule(Module.ELDER_CARE)
    @RequiresPermission(Permissions.ORDER_READ)
    public CarePlan endPlan(@AuditTarget long planId) {
        CarePlan plan = rules.findPlan(planId);
        rules.requireCaring(new ResidentId(plan.elderId()));
        plan.end();
        em.createQuery("update CareVisit v set v.status = :cancelled where v.planId = :plan and v.status = :planned")
                .setParameter("cancelled", CareVisit.Status.CANCELLED).setParameter("plan", planId)
                .setParameter("planned", CareVisit.Status.PLANNED).executeUpdate();
        return plan;
    }
}
