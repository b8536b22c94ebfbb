package org.linli.tenants.cases;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.tenants.registry.residents.Resident;
import org.linli.tenants.registry.structure.Building;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's case deadlines, watched by {@link CaseWatch}: the handler is warned once when a case has used its
 * warning share of the time to accept or resolve; an overdue case is flagged and each operator told; a resolved case
 * nobody rated or reopened closes after seven days; and, for a property company supervised by a district, cases
 * overdue past the district threshold (and later changes to them) are handed out as {@link CaseSnapshot}s for the
 * watch to deliver to the district. Delivery is confirmed with {@link #delivered}, so a failed delivery is retried.
 */
@ApplicationService
public class CaseSla {

    /** At most this many cases per kind of work and run: the next run takes the rest. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CaseBook book;

    @Inject
    TenantDirectory tenants;

    @Inject
    Clock clock;

    /** What one run did, and the snapshots the district should receive. */
    public record Sweep(int warned, int overdue, int closed, List<CaseSnapshot> forDistrict) {
    }

    @Audited("case.sweep")
    @RequiresPermission(Permissions.CASE_MANAGE)
    public Sweep sweep(boolean supervised) {
        Instant now = clock.instant();
        int warned = 0;
        for (CivicCase c : cases("c.state = org.linli.tenants.cases.CaseState.REPORTED and c.acceptWarnedAt is null"
                + " and c.acceptWarnAt <= :now", now)) {
            c.acceptWarned(now);
            handlersOf(c).forEach(user -> book.tell(user, "case.due-soon", "inbox.case.accept-due-soon", c,
                    "/cases/case/", book.formatted(c.acceptDue())));
            warned++;
        }
        for (CivicCase c : cases("c.state in :open and c.state <> org.linli.tenants.cases.CaseState.REPORTED"
                + " and c.resolveWarnedAt is null and c.resolveWarnAt <= :now", now)) {
            c.resolveWarned(now);
            handlersOf(c).forEach(user -> book.tell(user, "case.due-soon", "inbox.case.resolve-due-soon", c,
                    "/cases/case/", book.formatted(c.resolveDue())));
            warned++;
        }
        int overdue = 0;
        for (CivicCase c : cases("c.state in :open and c.overdueAt is null and ((c.state ="
                + " org.linli.tenants.cases.CaseState.REPORTED and c.acceptDue < :now) or c.resolveDue < :now)", now)) {
            c.escalatedToOperators(now);
            book.step(c, StepKind.ESCALATED, StepVisibility.INTERNAL, "overdue");
            book.operators().forEach(user -> book.tell(user, "case.overdue", "inbox.case.overdue", c,
                    "/cases/case/"));
            overdue++;
        }
        List<CivicCase> settled = em.createQuery("select c from CivicCase c where c.state ="
                        + " org.linli.tenants.cases.CaseState.RESOLVED and c.resolvedAt <= :cut order by c.id",
                        CivicCase.class).setParameter("cut", now.minus(CivicCase.SETTLE_PERIOD))
                .setMaxResults(BATCH).getResultList();
        for (CivicCase c : settled) {
            c.settle(now);
            book.step(c, StepKind.CLOSED, StepVisibility.PUBLIC, null);
        }
        List<CaseSnapshot> forDistrict = new ArrayList<>();
        if (supervised) {
            String name = tenants.nameOf(TenantContext.require());
            WorkingCalendar calendar = book.calendar();
            for (CivicCase c : cases("(c.districtEscalatedAt is null and c.state in :open and c.districtAt < :now)"
                    + " or (c.districtEscalatedAt is not null and c.updatedAt > c.districtSyncedAt"
                    + " and c.districtAt < :now)", now)) {
                forDistrict.add(snapshot(c, name, calendar));
            }
        }
        return new Sweep(warned, overdue, settled.size(), forDistrict);
    }

    /** The district has received the snapshot of the case: the first time, the case is marked escalated. */
    @Audited("case.district.delivered")
    @RequiresPermission(Permissions.CASE_MANAGE)
    public void delivered(@AuditTarget long caseId) {
        CivicCase c = book.civicCase(caseId, true);
        if (c.districtEscalatedAt() == null) {
            book.step(c, StepKind.ESCALATED, StepVisibility.INTERNAL, "district");
            book.operators().forEach(user -> book.tell(user, "case.escalated", "inbox.case.escalated-district", c,
                    "/cases/case/"));
            c.escalatedToDistrict(clock.instant());
        } else {
            c.syncedToDistrict(clock.instant());
        }
    }

    /** A comment of the supervising district on an escalated case, kept as an internal step; operators are told. */
    @Audited("case.district.comment")
    @RequiresPermission(Permissions.CASE_MANAGE)
    public void districtComment(@AuditTarget long caseId, String district, String author, String text) {
        CivicCase c = book.civicCase(caseId, true);
        book.step(c, StepKind.DISTRICT_COMMENT, StepVisibility.INTERNAL, text, null, district + " · " + author);
        c.syncedToDistrict(clock.instant());
        book.operators().forEach(user -> book.tell(user, "case.district-comment", "inbox.case.district-comment", c,
                "/cases/case/", district));
    }

    private List<CivicCase> cases(String condition, Instant now) {
        TypedQuery<CivicCase> query = em.createQuery("select c from CivicCase c where "
                + condition + " order by c.id", CivicCase.class).setParameter("now", now);
        if (condition.contains(":open")) {
            query.setParameter("open", CaseHandling.OPEN);
        }
        return query.setMaxResults(BATCH).getResultList();
    }

    /** Who is warned about a case: its assignee (a provider's staff), else who accepted it, else its grid's workers. */
    private List<Long> handlersOf(CivicCase c) {
        CivicCase.Assignee assignee = c.assignee();
        if (assignee != null) {
            return assignee.userId() != null ? List.of(assignee.userId()) : book.staffOf(assignee.providerId());
        }
        if (c.acceptedBy() != null) {
            return List.of(c.acceptedBy());
        }
        List<Long> workers = c.gridId() == null ? List.of()
                : em.createQuery("select a.userId from GridAssignment a where a.gridId = :grid", Long.class)
                .setParameter("grid", c.gridId()).getResultList();
        return workers.isEmpty() ? book.operators() : workers;
    }

    private CaseSnapshot snapshot(CivicCase c, String tenantName, WorkingCalendar calendar) {
        String reporter = c.reporterId() == null ? null
                : Optional.ofNullable(em.find(Resident.class, c.reporterId())).map(r -> CaseBook.masked(r.name()))
                .orElse(null);
        String place = c.place().kind() == PlaceKind.HOUSEHOLD
                ? Optional.ofNullable(em.find(Building.class, c.place().buildingId()))
                .map(b -> b.name()).orElse("") : c.place().name();
        List<CaseSnapshot.PublicStep> steps = book.steps(c.id(), true).stream()
                .map(s -> new CaseSnapshot.PublicStep(s.id(), s.kind(), s.body(),
                        s.kind() == StepKind.REPORTED || s.kind() == StepKind.RATED || s.kind() == StepKind.REOPENED
                                ? reporter == null ? "" : reporter : s.authorName(), s.createdAt()))
                .toList();
        return new CaseSnapshot(TenantContext.require().value(), tenantName, c.id(),
                book.category(c.categoryId()).name(), place, c.description(), reporter, c.state(), c.reportedAt(),
                c.resolveDue(), calendar.encode(LocalDate.ofInstant(c.resolveDue(), calendar.zone())), steps);
    }
}
