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
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;

/**
 * The cases assigned to the signed-in staff member's provider, and only those: read them, append steps with photos
 * and resolve them. A case assigned elsewhere looks as if it did not exist.
 */
@ApplicationService
public class ProviderCases {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CaseBook book;

    @Inject
    CommandValidator validator;

    @Query
    @RequiresPermission(Permissions.CASE_WORK)
    public Page<CivicCase> assigned(CaseState state, PageRequest page) {
        return PagedQuery.of(em, CivicCase.class, "c")
                .filter("c.assigneeProviderId = :provider", "provider", book.myProvider())
                .filter("c.state = :state", "state", state)
                .page("c.resolveDue, c.id", page);
    }

    @Query
    @RequiresPermission(Permissions.CASE_WORK)
    public CaseView get(long id) {
        return book.view(mine(id, false), false);
    }

    @Audited("case.work.step")
    @RequiresPermission(Permissions.CASE_WORK)
    public CaseView step(@AuditTarget long id, CaseCommands.Step step) {
        validator.validate(step);
        CivicCase civicCase = mine(id, true);
        book.progress(civicCase, step);
        return book.view(civicCase, false);
    }

    @Audited("case.work.photo")
    @RequiresPermission(Permissions.CASE_WORK)
    public CaseView addPhoto(@AuditTarget long id, long stepId, UploadedFile file) {
        CivicCase civicCase = mine(id, true);
        book.addPhoto(civicCase, book.stepOf(civicCase, stepId), file);
        return book.view(civicCase, false);
    }

    @Query
    @RequiresPermission(Permissions.CASE_WORK)
    public StoredFile photo(long id, long photoId) {
        return book.photo(mine(id, false), photoId, false);
    }

    @Audited("case.work.resolve")
    @RequiresPermission(Permissions.CASE_WORK)
    public CaseView resolve(@AuditTarget long id, CaseCommands.Resolution resolution) {
        validator.validate(resolution);
        CivicCase civicCase = mine(id, true);
        book.resolve(civicCase, resolution);
        return book.view(civicCase, false);
    }

    private CivicCase mine(long id, boolean lock) {
        long provider = book.myProvider();
        CivicCase civicCase = book.civicCase(id, lock);
        CivicCase.Assignee assignee = civicCase.assignee();
        if (assignee == null || assignee.providerId() == null || assignee.providerId() != provider) {
            throw DomainException.notFound("case_not_found");
        }
        return civicCase;
    }
}
