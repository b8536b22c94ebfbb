package org.linli.platform.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * One business event in the ledger (a payment split, a refund, a payout), made of balanced {@link LedgerLine}s.
 * Append-only: never changed or deleted. A correction is another posting that {@code reverses} this one — at most
 * one per posting — and the idempotency key is unique per tenant, so an event retried is written once.
 */
@Entity
@Table(name = "ledger_posting")
public class LedgerPosting extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_posting_seq")
    @SequenceGenerator(name = "ledger_posting_seq", sequenceName = "ledger_posting_seq", allocationSize = 50)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, length = 120)
    private String idempotencyKey;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "reference", nullable = false, length = 100)
    private String reference;

    @Column(name = "memo", length = 200)
    private String memo;

    @Column(name = "reverses_id")
    private Long reversesId;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 100)
    private String postedBy;

    protected LedgerPosting() {
    }

    LedgerPosting(PostingDraft draft, Long reverses, Instant postedAt, String postedBy) {
        this.idempotencyKey = draft.idempotencyKey();
        this.kind = draft.kind();
        this.reference = draft.reference();
        this.memo = draft.memo();
        this.reversesId = reverses;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
    }

    public long id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String memo() {
        return memo;
    }

    /** The posting this one takes back, or {@code null}. */
    public Long reverses() {
        return reversesId;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public String postedBy() {
        return postedBy;
    }

    @Override
    public String auditName() {
        return "ledger-posting:" + id;
    }
}
