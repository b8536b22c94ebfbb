package org.linli.billing.settlement;

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
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * What one payee is paid for a settlement cycle (结算批次): everything it earned up to the cut-off and not claimed by
 * an earlier batch. Lifecycle in {@link BatchStatus}: finance approves a draft, the payout pays it or fails (with the
 * gateway's reason) and may be retried; the amount never changes once drafted. Money out needs two people: whoever
 * approved a batch never pays it out ({@code four_eyes}).
 */
@Entity
@Table(name = "settlement_batch")
public class SettlementBatch extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settlement_batch_seq")
    @SequenceGenerator(name = "settlement_batch_seq", sequenceName = "settlement_batch_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee", nullable = false, length = 10)
    private Payee payee;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "account", nullable = false, length = 100)
    private String account;

    @Column(name = "cut_off", nullable = false)
    private Instant cutOff;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private BatchStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_by", length = 100)
    private String paidBy;

    @Column(name = "payout_reference", length = 100)
    private String payoutReference;

    @Column(name = "failure_reason", length = 200)
    private String failureReason;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    protected SettlementBatch() {
    }

    SettlementBatch(Payee payee, Long providerId, String account, Instant cutOff, Money amount, Instant createdAt) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a batch pays something: " + amount);
        }
        this.payee = payee;
        this.providerId = providerId;
        this.account = account;
        this.cutOff = cutOff;
        this.amountFen = amount.fen();
        this.status = BatchStatus.DRAFT;
        this.createdAt = createdAt;
    }

    void approve(String by, Instant at) {
        if (status != BatchStatus.DRAFT) {
            throw DomainException.invalidTransition(status, "approve");
        }
        status = BatchStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    /** Starts a payout attempt by {@code by}; only approved or failed batches are paid, never by their approver. */
    void attempt(String by) {
        if (status != BatchStatus.APPROVED && status != BatchStatus.FAILED) {
            throw DomainException.invalidTransition(status, "pay");
        }
        if (by == null || by.equals(approvedBy)) {
            throw DomainException.conflict("four_eyes");
        }
        paidBy = by;
        attempts++;
    }

    void paid(String reference, Instant at) {
        status = BatchStatus.PAID;
        payoutReference = reference;
        paidAt = at;
        failureReason = null;
    }

    void failed(String reason) {
        status = BatchStatus.FAILED;
        failureReason = reason == null ? "" : reason.substring(0, Math.min(reason.length(), 200));
    }

    public long id() {
        return id;
    }

    public Payee payee() {
        return payee;
    }

    public Long providerId() {
        return providerId;
    }

    public String account() {
        return account;
    }

    public Instant cutOff() {
        return cutOff;
    }

    public Money amount() {
        return Money.fen(amountFen);
    }

    public BatchStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    /** Who released the payout (last attempt): never the approver. */
    public String paidBy() {
        return paidBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public String payoutReference() {
        return payoutReference;
    }

    public String failureReason() {
        return failureReason;
    }

    public int attempts() {
        return attempts;
    }

    /** The number the payout is requested under: the same for every retry of this batch. */
    public String requestNo() {
        return "S" + id;
    }

    @Override
    public String auditName() {
        return "settlement-batch:" + id;
    }
}
