package org.linli.tenants.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A resident's comment in a proposal's discussion. Residents report comments they find out of place; an operator
 * hides one (with a note) or shows a hidden one again. Hidden comments are seen by operators only.
 */
@Entity
@Table(name = "proposal_comment")
public class ProposalComment extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_comment_seq")
    @SequenceGenerator(name = "proposal_comment_seq", sequenceName = "proposal_comment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "author_account", nullable = false)
    private long authorAccount;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "body", nullable = false, length = 2000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CommentStatus status;

    @Column(name = "reports", nullable = false)
    private int reports;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "moderated_by", length = 100)
    private String moderatedBy;

    @Column(name = "moderation_note", length = 500)
    private String moderationNote;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    protected ProposalComment() {
    }

    ProposalComment(long proposalId, long authorAccount, String authorName, String body, Instant createdAt) {
        this.proposalId = proposalId;
        this.authorAccount = authorAccount;
        this.authorName = authorName;
        this.body = body.strip();
        this.status = CommentStatus.VISIBLE;
        this.createdAt = createdAt;
    }

    void reported() {
        reports++;
    }

    void hide(String by, String note, Instant now) {
        if (status != CommentStatus.VISIBLE) {
            throw DomainException.invalidTransition(status, "hide");
        }
        moderate(CommentStatus.HIDDEN, by, note, now);
    }

    void restore(String by, String note, Instant now) {
        if (status != CommentStatus.HIDDEN) {
            throw DomainException.invalidTransition(status, "restore");
        }
        moderate(CommentStatus.VISIBLE, by, note, now);
        reports = 0;
    }

    private void moderate(CommentStatus to, String by, String note, Instant now) {
        this.status = to;
        this.moderatedBy = by;
        this.moderationNote = note.strip();
        this.moderatedAt = now;
    }

    @Override
    public String auditName() {
        return "proposal-comment:" + id;
    }

    public long id() {
        return id;
    }

    public long proposalId() {
        return proposalId;
    }

    public long authorAccount() {
        return authorAccount;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public CommentStatus status() {
        return status;
    }

    public int reports() {
        return reports;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String moderatedBy() {
        return moderatedBy;
    }

    public String moderationNote() {
        return moderationNote;
    }
}
