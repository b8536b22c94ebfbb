package org.linli.tenants.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/** A resident's report of a comment; keyed by comment and reporter, so each reports a comment once. */
@Entity
@Table(name = "proposal_comment_report")
public class CommentReport extends TenantOwned {

    @Id
    @Column(name = "report_key", length = 60)
    private String key;

    @Column(name = "comment_id", nullable = false)
    private long commentId;

    @Column(name = "reporter_account", nullable = false)
    private long reporterAccount;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected CommentReport() {
    }

    CommentReport(long commentId, long reporterAccount, String reason, Instant reportedAt) {
        this.key = key(commentId, reporterAccount);
        this.commentId = commentId;
        this.reporterAccount = reporterAccount;
        this.reason = reason.strip();
        this.reportedAt = reportedAt;
    }

    static String key(long commentId, long reporterAccount) {
        return commentId + ":" + reporterAccount;
    }
}
