package org.linli.billing.commission;

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
import org.linli.platform.ledger.LedgerAccount;
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.modules.Module;

import java.time.Instant;

/**
 * One party's part of a paid order, with the commission rule version it was computed with (none when the tenant
 * had no rule for the module) and how much of it has been given back by refunds. Written when the order is paid;
 * only the refunded amount grows afterwards, never beyond the part.
 */
@Entity
@Table(name = "split_line")
public class SplitLine extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "split_line_seq")
    @SequenceGenerator(name = "split_line_seq", sequenceName = "split_line_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false, length = 10)
    private Party party;

    /** The order's module, kept here so revenue reports read billing's own rows only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "module", length = 20)
    private Module module;

    @Column(name = "account", nullable = false, length = 100)
    private String account;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "refunded_fen", nullable = false)
    private long refundedFen;

    @Column(name = "rule_id")
    private Long ruleId;

    @Column(name = "rule_version")
    private Integer ruleVersion;

    @Column(name = "split_at", nullable = false)
    private Instant splitAt;

    /**
     * The account the order's money came from: the gateway's clearing (null on lines written before orders could be
     * paid otherwise) or the tenant's time reimbursement for an order paid in minutes that the tenant pays in yuan.
     */
    @Column(name = "funded_by", length = 100)
    private String fundedBy;

    protected SplitLine() {
    }

    SplitLine(long orderId, Module module, Party party, String account, Money amount, CommissionRule rule,
              Instant splitAt) {
        this.orderId = orderId;
        this.module = module;
        this.party = party;
        this.account = account;
        this.amountFen = amount.fen();
        this.ruleId = rule == null ? null : rule.id();
        this.ruleVersion = rule == null ? null : rule.version();
        this.splitAt = splitAt;
    }

    SplitLine(long orderId, Module module, Party party, String account, Money amount, CommissionRule rule,
              Instant splitAt, LedgerAccount fundedBy) {
        this(orderId, module, party, account, amount, rule, splitAt);
        this.fundedBy = fundedBy.code();
    }

    /** Where the order's money came from: the gateway's clearing, or the tenant for an order paid in time. */
    public LedgerAccount fundedBy() {
        return fundedBy == null ? BillingAccounts.GATEWAY_CLEARING : LedgerAccount.of(fundedBy);
    }

    void giveBack(Money share) {
        if (share.isNegative() || refundedFen + share.fen() > amountFen) {
            throw new IllegalStateException("refund share " + share + " exceeds the rest of " + this);
        }
        refundedFen += share.fen();
    }

    /** What this party gave back is charged to another party instead: nothing of it stays given back. */
    void takeBackRefund() {
        refundedFen = 0;
    }

    public long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public Party party() {
        return party;
    }

    public Module module() {
        return module;
    }

    public String account() {
        return account;
    }

    public Money amount() {
        return Money.fen(amountFen);
    }

    public Money refunded() {
        return Money.fen(refundedFen);
    }

    public Money remaining() {
        return Money.fen(amountFen - refundedFen);
    }

    public Long ruleId() {
        return ruleId;
    }

    public Integer ruleVersion() {
        return ruleVersion;
    }

    public Instant splitAt() {
        return splitAt;
    }

    @Override
    public String toString() {
        return "SplitLine[order " + orderId + ", " + party + ", " + amountFen + " fen, refunded " + refundedFen + "]";
    }
}
