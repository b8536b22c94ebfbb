package org.linli.platform.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/** One side of a posting: a signed amount (debit positive) of an asset on an account. Never changed. */
@Entity
@Table(name = "ledger_line")
public class LedgerLine extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_line_seq")
    @SequenceGenerator(name = "ledger_line_seq", sequenceName = "ledger_line_seq", allocationSize = 50)
    private Long id;

    @Column(name = "posting_id", nullable = false)
    private long postingId;

    @Column(name = "account", nullable = false, length = 100)
    private String account;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset", nullable = false, length = 10)
    private Asset asset;

    @Column(name = "amount", nullable = false)
    private long amount;

    /** Copied from the posting so balances as of a moment need no join. */
    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected LedgerLine() {
    }

    LedgerLine(LedgerPosting posting, PostingDraft.Line line) {
        this.postingId = posting.id();
        this.account = line.account().code();
        this.asset = line.asset();
        this.amount = line.amount();
        this.postedAt = posting.postedAt();
    }

    public long postingId() {
        return postingId;
    }

    public LedgerAccount account() {
        return LedgerAccount.of(account);
    }

    public Asset asset() {
        return asset;
    }

    public long amount() {
        return amount;
    }

    public Instant postedAt() {
        return postedAt;
    }

    PostingDraft.Line toDraftLine() {
        return new PostingDraft.Line(account(), asset, amount);
    }
}
