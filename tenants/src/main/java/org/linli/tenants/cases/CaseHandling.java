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
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserId;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderStatus;

import java.time.Clock;
import java.util.List;

/**
 * The case queue of grid workers (their grids' cases only) and operators (the whole tenant): filter, read, accept,
 * assign to a staff user, a grid worker or a verified provider (free or paid work), append steps with photos,
 * resolve or reject. Every change is audited and written as a step of the case's timeline.
 */
@ApplicationService
public class CaseHandling {

    /** States in which a case waits for its handlers. */
    static final List<CaseState> OPEN = List.of(CaseState.REPORTED, CaseState.ACCEPTED, CaseState.ASSIGNED,
            CaseState.IN_PROGRESS, CaseState.REOPENED);

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CaseBook book;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    /** A page of the queue, the most urgent first (earliest resolve deadline). */
    @Query
    @RequiresPermission(Permissions.CASE_HANDLE)
    public Page<CivicCase> queue(CaseCommands.QueueFilter filter, PageRequest page) {
        PagedQuery<CivicCase> query = PagedQuery.of(em, CivicCase.class, "c")
                .filter("c.state = :state", "state", filter.state())
                .filter("c.categoryId = :category", "category", filter.categoryId())
                .filter("c.gridId = :grid", "grid", filter.gridId());
        if (filter.overdueOnly()) {
            query = query.filter("c.state in :open", "open", OPEN)
                    .filter("((c.state = org.linli.tenants.cases.CaseState.REPORTED and c.acceptDue < :now)"
                            + " or c.resolveDue < :now)", "now", clock.instant());
        }
        return query.page("c.resolveDue, c.id", page);
    }

    /**
     * The SLA board: open cases whose warning time has passed (due soon) or whose deadline has (overdue), the
     * earliest deadline first.
     */
    @Query
    @RequiresPermission(Permissions.CASE_HANDLE)
    public Page<CivicCase> board(PageRequest page) {
        return PagedQuery.of(em, CivicCase.class, "c").filter("c.state in :open", "open", OPEN)
                .filter("((c.state = org.linli.tenants.cases.CaseState.REPORTED and c.acceptWarnAt < :now)"
                        + " or c.resolveWarnAt < :now)", "now", clock.instant())
                .page("c.resolveDue, c.id", page);
    }

    /** One case with every step (internal ones included). */
    @Query
    @RequiresPermission(Permissions.CASE_HANDLE)
    public CaseView get(long id) {
        return book.view(book.civicCase(id, false), false);
    }

    @Audited("case.accept")
    @RequiresPermission(Permissions.CASE_HANDLE)
    public CaseView accept(@AuditTarget long id) {
        CivicCase civicCase = book.civicCase(id, true);
        civicCase.accept(new UserId(CurrentUser.require().accountId()), clock.instant());
        book.step(civicCase, StepKind.ACCEPTED, StepVisibility.PUBLIC, null);
        return book.view(civicCase, false);
    }

    /** Assigns (or hands on) the case; the new handler is told (a provider's staff, each of them). */
    @Audited("case.assign")
    @RequiresPermission(Permissions.CASE_HANDLE)
    public CaseView assign(@AuditTarget long id, CaseCommands.Assignment assignment) {
        validator.validate(assignment);
        CivicCase civicCase = book.civicCase(id, true);
        CivicCase.Assignee assignee = assignee(assignment);
        civicCase.assign(assignee, clock.instant());
        String note = assignment.note() == null || assignment.note().isBlank() ? "" : " · " + assignment.note();
        book.step(civicCase, StepKind.ASSIGNED, StepVisibility.PUBLIC, assignee.name() + note);
        List<Long> told = assignee.userId() != null ? List.of(assignee.userId())
                : book.staffOf(assignee.providerId());
        String link = assignee.kind() == AssigneeKind.PROVIDER ? "/provider-cases/case/" : "/cases/case/";
        told.forEach(user -> book.tell(user, "case.assigned", "inbox.case.assigned", civicCase, link));
        return book.view(civicCase, false);
    }

    @Audited("case.start")
    @RequiresPermission(Permissions.CASE_HANDLE)
    public CaseView start(@AuditTarget long id) {
        CivicCase civicCase = book.civicCase(id, true);
        civicCase.start(clock.instant());
        book.step(civicCase, StepKind.STARTED, StepVisibility.PUBLIC, null);
        return book.view(civicCase, false);
    }

    /** Appends a step (public or internal); an assigned case is then in progress. */
    @Audited("case.step")
    @RequiresPermission(Permissions.CASE_HANDLE)
    public CaseView step(@AuditTarget long id, CaseCommands.Step step) {
        validator.validate(step);
        CivicCase civicCase = book.civicCase(id, true);
        book.progress(civicCase, step);
        return book.view(civicCase, false);
    }

    /** Adds a photo to a step of the case (up to six per step). */
    @Audited("case.photo.step")
    @RequiresPermission(Permissions.CASE_HANDLE)
    public CaseView addPhoto(@AuditTarget long id, long stepId, UploadedFile file) {
        CivicCase civicCase = book.civicCase(id, true);
        book.addPhoto(civicCase, book.stepOf(civicCase, stepId), file);
        return book.view(civicCase, false);
    }

    @Query
    @RequiresPermission(Permissions.CASE_HANDLE)
    public StoredFile photo(long id, long photoId) {
        return book.photo(book.civicCase(id, false), photoId, false);
    }

    @Audited("case.resolve")
    @RequiresPermission(Permissions.CASE_HANDLE)
    public CaseView resolve(@AuditTarget long id, CaseCommands.Resolution resolution) {
        validator.validate(resolution);
        CivicCase civicCase = book.civicCase(id, true);
        book.resolve(civicCase, resolution);
        return book.view(civicCase, false);
    }

    @Audited("case.reject")
    @RequiresPermission(Permissions.CASE_HANDLE)
    public CaseView reject(@AuditTarget long id, CaseCommands.Rejection rejection) {
        validator.validate(rejection);
        CivicCase civicCase = book.civicCase(id, true);
        civicCase.reject(rejection.reason(), clock.instant());
        book.step(civicCase, StepKind.REJECTED, StepVisibility.PUBLIC, rejection.reason());
        if (civicCase.reporterUserId() != null) {
            book.tell(civicCase.reporterUserId(), "case.rejected", "inbox.case.rejected", civicCase, "/my-cases/case/");
        }
        return book.view(civicCase, false);
    }

    /** Who a case may be assigned to: the tenant's operators and grid workers, and its verified providers. */
    @Query
    @RequiresPermission(Permissions.CASE_HANDLE)
    public Assignees assignees() {
        List<UserAccount> users = em.createQuery("select u from UserAccount u where u.details.role in :roles"
                        + " order by u.details.displayName", UserAccount.class)
                .setParameter("roles", List.of(Role.TENANT_OPERATOR, Role.GRID_WORKER))
                .setMaxResults(MAX_ASSIGNEES).getResultList();
        List<Provider> providers = em.createQuery("select p from Provider p where p.status = :verified"
                        + " order by p.name", Provider.class).setParameter("verified", ProviderStatus.VERIFIED)
                .setMaxResults(MAX_ASSIGNEES).getResultList();
        return new Assignees(users.stream().map(u -> new Assignees.Candidate(
                        u.details().role() == Role.GRID_WORKER ? AssigneeKind.GRID_WORKER : AssigneeKind.STAFF,
                        u.id().value(), u.details().displayName())).toList(),
                providers.stream().map(p -> new Assignees.Candidate(AssigneeKind.PROVIDER, p.id().value(),
                        p.name())).toList());
    }

    /** At most this many users and providers are offered as assignees. */
    static final int MAX_ASSIGNEES = 500;

    /** The candidates to assign a case to. */
    public record Assignees(List<Candidate> users, List<Candidate> providers) {

        /** A user (by account id) or a provider (by provider id). */
        public record Candidate(AssigneeKind kind, long id, String name) {
        }
    }

    private CivicCase.Assignee assignee(CaseCommands.Assignment assignment) {
        if (assignment.kind() == AssigneeKind.PROVIDER) {
            Provider provider = assignment.providerId() == null ? null
                    : em.find(Provider.class, assignment.providerId());
            if (provider == null || provider.status() != ProviderStatus.VERIFIED) {
                throw DomainException.invalid(FieldError.of("providerId", "case_provider_not_verified"));
            }
            return new CivicCase.Assignee(AssigneeKind.PROVIDER, null, provider.id().value(), provider.name(),
                    assignment.terms() == null ? WorkTerms.FREE : assignment.terms());
        }
        Role wanted = assignment.kind() == AssigneeKind.GRID_WORKER ? Role.GRID_WORKER : Role.TENANT_OPERATOR;
        UserAccount user = assignment.userId() == null ? null : em.find(UserAccount.class, assignment.userId());
        if (user == null || user.details().role() != wanted) {
            throw DomainException.invalid(FieldError.of("userId", "case_assignee_role", wanted));
        }
        return new CivicCase.Assignee(assignment.kind(), user.id().value(), null, user.details().displayName(),
                null);
    }
}
