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
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a payee receives its settlements (收款账户): its Alipay user id (a 16-digit {@code 2088…} partner id) and the
 * holder's name, one per payee — the tenant itself, or one of its providers.
 *
 * <p>Money out needs two people: a finance user proposes an account (or a change of it), and only a different finance
 * user's confirmation puts it in force ({@code four_eyes}); until then payouts go to the account in force (none for a
 * new payee). Lifecycle of a change: proposed → confirmed, or withdrawn.
 */
@Entity
@Table(name = "payout_account")
public class PayoutAccount extends TenantOwned implements AuditSubject {

    private static final Pattern ALIPAY_USER_ID = Pattern.compile("2088\\d{12}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payout_account_seq")
    @SequenceGenerator(name = "payout_account_seq", sequenceName = "payout_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee", nullable = false, length = 10)
    private Payee payee;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "alipay_user_id", length = 16)
    private String alipayUserId;

    @Column(name = "holder", length = 100)
    private String holder;

    @Column(name = "pending_alipay_user_id", length = 16)
    private String pendingAlipayUserId;

    @Column(name = "pending_holder", length = 100)
    private String pendingHolder;

    @Column(name = "proposed_by", length = 100)
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected PayoutAccount() {
    }

    PayoutAccount(Payee payee, Long providerId) {
        this.payee = payee;
        this.providerId = providerId;
    }

    /** An Alipay payee as given: a 16-digit {@code 2088…} user id and the holder's name (1 to 100 characters). */
    public record Details(String alipayUserId, String holder) {

        /** The details stripped of surrounding blanks, or 400 with the field at fault. */
        public static Details of(String alipayUserId, String holder) {
            String id = alipayUserId == null ? "" : alipayUserId.strip();
            String name = holder == null ? "" : holder.strip();
            if (!ALIPAY_USER_ID.matcher(id).matches()) {
                throw DomainException.invalid(FieldError.of("alipayUserId", "alipay_user_id"));
            }
            if (name.isEmpty() || name.length() > 100) {
                throw DomainException.invalid(name.isEmpty() ? FieldError.of("holder", "required")
                        : FieldError.of("holder", "size", 1, 100));
            }
            return new Details(id, name);
        }
    }

    /** Proposes {@code alipayUserId} and {@code holder}, replacing any earlier proposal; nothing is in force yet. */
    void propose(String alipayUserId, String holder, String by, Instant at) {
        Details details = Details.of(alipayUserId, holder);
        this.pendingAlipayUserId = details.alipayUserId();
        this.pendingHolder = details.holder();
        this.proposedBy = by;
        this.proposedAt = at;
    }

    /** Puts the proposal in force; {@code by} must be someone other than who proposed it. */
    void confirm(String by, Instant at) {
        if (pendingAlipayUserId == null) {
            throw DomainException.conflict("payout_account_no_change");
        }
        if (by == null || by.equals(proposedBy)) {
            throw DomainException.conflict("four_eyes");
        }
        this.alipayUserId = pendingAlipayUserId;
        this.holder = pendingHolder;
        this.confirmedBy = by;
        this.changedAt = at;
        clearProposal();
    }

    /** Drops the proposal; the account in force stays. */
    void withdraw() {
        if (pendingAlipayUserId == null) {
            throw DomainException.conflict("payout_account_no_change");
        }
        clearProposal();
    }

    private void clearProposal() {
        this.pendingAlipayUserId = null;
        this.pendingHolder = null;
        this.proposedBy = null;
        this.proposedAt = null;
    }

    /** Whether an account is in force (a new payee's first proposal is not, until confirmed). */
    public boolean inForce() {
        return alipayUserId != null;
    }

    /** An Alipay user id as a payee's staff see it: {@code 2088********0001}. */
    public static String masked(String alipayUserId) {
        return alipayUserId == null || alipayUserId.length() < 8 ? alipayUserId
                : alipayUserId.substring(0, 4) + "********" + alipayUserId.substring(alipayUserId.length() - 4);
    }

    public Optional<String> pendingAlipayUserId() {
        return Optional.ofNullable(pendingAlipayUserId);
    }

    public String pendingHolder() {
        return pendingHolder;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Payee payee() {
        return payee;
    }

    public Long providerId() {
        return providerId;
    }

    public String alipayUserId() {
        return alipayUserId;
    }

    public String holder() {
        return holder;
    }

    @Override
    public String auditName() {
        return "payout-account:" + payee + (providerId == null ? "" : ":" + providerId);
    }
}
