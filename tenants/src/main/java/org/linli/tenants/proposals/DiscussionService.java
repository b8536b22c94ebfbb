package org.linli.tenants.proposals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;

import java.time.Clock;

/**
 * The discussion of a proposal: verified residents of its community comment until the vote ends and report
 * comments they find out of place; operators work through the reported comments and hide one or show it again,
 * with a note — each decision audited, as for the flea market's listings.
 */
@ApplicationService
public class DiscussionService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    ResidentDirectory residents;

    @Inject
    Agenda agenda;

    @Inject
    Clock clock;

    /** A verified resident of the proposal's community comments on it (while it is a draft, discussed or voted). */
    @Audited("proposal.comment")
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public ProposalComment comment(@AuditTarget long proposalId, ProposalCommands.Comment comment) {
        validator.validate(comment);
        ResidentRecord me = residents.me();
        Proposal proposal = agenda.visible(proposalId, me.community().value(), false);
        proposal.requireDiscussable(clock.instant());
        ProposalComment entry = new ProposalComment(proposalId, CurrentUser.require().accountId(), me.name(),
                comment.body(), clock.instant());
        em.persist(entry);
        em.flush();
        return entry;
    }

    /** A page of a proposal's comments, oldest first; hidden ones are listed for operators only. */
    @Query
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public Page<ProposalComment> comments(long proposalId, PageRequest page) {
        boolean operator = CurrentUser.isPermitted(Permissions.PROPOSAL_MANAGE);
        agenda.visible(proposalId, operator ? null : residents.me().community().value(), false);
        return PagedQuery.of(em, ProposalComment.class, "c").filter("c.proposalId = :proposal", "proposal", proposalId)
                .filter("c.status = :status", "status", operator ? null : CommentStatus.VISIBLE)
                .page("c.createdAt, c.id", page);
    }

    /** A resident reports a visible comment of their community (once each); operators find it in the queue. */
    @Audited("proposal.comment.report")
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public ProposalComment report(@AuditTarget long commentId, ProposalCommands.Report report) {
        validator.validate(report);
        ResidentRecord me = residents.me();
        ProposalComment comment = comment(commentId, true);
        agenda.visible(comment.proposalId(), me.community().value(), false);
        long reporter = CurrentUser.require().accountId();
        if (comment.status() != CommentStatus.VISIBLE) {
            throw DomainException.notFound("proposal_comment_not_found");
        }
        if (comment.authorAccount() == reporter) {
            throw DomainException.conflict("proposal_own_comment");
        }
        if (em.find(CommentReport.class, CommentReport.key(commentId, reporter)) != null) {
            throw DomainException.conflict("proposal_comment_already_reported");
        }
        em.persist(new CommentReport(commentId, reporter, report.reason(), clock.instant()));
        comment.reported();
        return comment;
    }

    /** A page of the tenant's visible comments that residents reported, most reported first. */
    @Query
    @RequiresPermission(Permissions.PROPOSAL_MANAGE)
    public Page<ProposalComment> reported(PageRequest page) {
        return PagedQuery.of(em, ProposalComment.class, "c").condition("c.reports > 0")
                .filter("c.status = :status", "status", CommentStatus.VISIBLE).page("c.reports desc, c.id", page);
    }

    /** Hides a comment from residents, with the operator's note. */
    @Audited("proposal.comment.hide")
    @RequiresPermission(Permissions.PROPOSAL_MANAGE)
    public ProposalComment hide(@AuditTarget long commentId, ProposalCommands.Moderation moderation) {
        validator.validate(moderation);
        ProposalComment comment = comment(commentId, true);
        comment.hide(CurrentUser.require().username(), moderation.note(), clock.instant());
        return comment;
    }

    /** Shows a hidden comment again (its reports dismissed), with the operator's note. */
    @Audited("proposal.comment.restore")
    @RequiresPermission(Permissions.PROPOSAL_MANAGE)
    public ProposalComment restore(@AuditTarget long commentId, ProposalCommands.Moderation moderation) {
        validator.validate(moderation);
        ProposalComment comment = comment(commentId, true);
        comment.restore(CurrentUser.require().username(), moderation.note(), clock.instant());
        return comment;
    }

    private ProposalComment comment(long id, boolean lock) {
        ProposalComment comment = lock ? em.find(ProposalComment.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ProposalComment.class, id);
        if (comment == null) {
            throw DomainException.notFound("proposal_comment_not_found");
        }
        return comment;
    }
}
