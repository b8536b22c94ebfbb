package org.linli.tenants.cases;

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
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The supervising district's side of escalated cases, all in the district's own tenant: it receives snapshots from
 * the property companies it supervises ({@link DistrictEscalation}), its operators read them with their public steps
 * and comment on them. Comments go back to the property company's case through {@link DistrictRelay}.
 */
@ApplicationService
public class DistrictCases {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    /** An escalated case with its timeline (the property company's public steps and the district's comments). */
    public record DistrictView(DistrictEscalation escalation, List<EscalationStep> steps) {
        public DistrictView {
            steps = List.copyOf(steps);
        }
    }

    /** What a comment is sent back with: the property company and its case. */
    public record Commented(long sourceTenant, long sourceCase, String author) {
    }

    /** Takes in (or refreshes) the snapshot of a supervised tenant's case; new public steps are copied once. */
    @Audited("case.district.receive")
    @RequiresPermission(Permissions.CASE_MANAGE)
    public DistrictEscalation receive(CaseSnapshot snapshot) {
        Instant now = clock.instant();
        DistrictEscalation escalation = em.createQuery("select e from DistrictEscalation e"
                        + " where e.sourceTenantId = :tenant and e.sourceCaseId = :case", DistrictEscalation.class)
                .setParameter("tenant", snapshot.sourceTenant()).setParameter("case", snapshot.caseId())
                .getResultStream().findFirst().orElse(null);
        if (escalation == null) {
            escalation = new DistrictEscalation(snapshot, now);
            em.persist(escalation);
            em.flush();
        } else {
            escalation.refresh(snapshot, now);
        }
        long id = escalation.id();
        Set<Long> copied = em.createQuery("select s.sourceStepId from EscalationStep s where s.escalationId = :id"
                        + " and s.sourceStepId is not null", Long.class).setParameter("id", id).getResultStream()
                .collect(Collectors.toSet());
        snapshot.steps().stream().filter(step -> !copied.contains(step.id())).forEach(step -> em.persist(
                new EscalationStep(id, step.id(), step.kind().name(), step.body(), step.authorName(), step.at())));
        return escalation;
    }

    /** A page of the cases escalated to this district, the latest change first. */
    @Query
    @RequiresPermission(Permissions.CASE_HANDLE)
    public Page<DistrictEscalation> escalated(PageRequest page) {
        return PagedQuery.of(em, DistrictEscalation.class, "e").page("e.updatedAt desc, e.id desc", page);
    }

    @Query
    @RequiresPermission(Permissions.CASE_HANDLE)
    public DistrictView get(long id) {
        return view(find(id));
    }

    /** The district's operator comments; the relay then sends it to the property company's case. */
    @Audited("case.district.comment")
    @RequiresPermission(Permissions.CASE_HANDLE)
    public Commented comment(@AuditTarget long id, CaseCommands.Comment comment) {
        validator.validate(comment);
        DistrictEscalation escalation = find(id);
        String author = CurrentUser.require().displayName();
        Instant now = clock.instant();
        em.persist(new EscalationStep(id, null, StepKind.DISTRICT_COMMENT.name(), comment.text().strip(), author,
                now));
        escalation.commented(now);
        return new Commented(escalation.sourceTenantId(), escalation.sourceCaseId(), author);
    }

    private DistrictEscalation find(long id) {
        DistrictEscalation escalation = em.find(DistrictEscalation.class, id);
        if (escalation == null) {
            throw DomainException.notFound("case_not_found");
        }
        return escalation;
    }

    private DistrictView view(DistrictEscalation escalation) {
        return new DistrictView(escalation, em.createQuery("select s from EscalationStep s"
                        + " where s.escalationId = :id order by s.createdAt, s.id", EscalationStep.class)
                .setParameter("id", escalation.id()).setMaxResults(CaseBook.MAX_STEPS).getResultList());
    }
}
