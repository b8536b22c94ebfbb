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

import java.util.regex.Pattern;

/**
 * Where a payee receives its settlements (收款账户): its Alipay user id (a 16-digit {@code 2088…} partner id) and the
 * holder's name, one per payee — the tenant itself, or one of its providers.
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

    @Column(name = "alipay_user_id", nullable = false, length = 16)
    private String alipayUserId;

    @Column(name = "holder", nullable = false, length = 100)
    private String holder;

    protected PayoutAccount() {
    }

    PayoutAccount(Payee payee, Long providerId) {
        this.payee = payee;
        this.providerId = providerId;
    }

    void change(String alipayUserId, String holder) {
        String id = alipayUserId == null ? "" : alipayUserId.strip();
        String name = holder == null ? "" : holder.strip();
        if (!ALIPAY_USER_ID.matcher(id).matches()) {
            throw DomainException.invalid(FieldError.of("alipayUserId", "alipay_user_id"));
        }
        if (name.isEmpty() || name.length() > 100) {
            throw DomainException.invalid(name.isEmpty() ? FieldError.of("holder", "required")
                    : FieldError.of("holder", "size", 1, 100));
        }
        this.alipayUserId = id;
        this.holder = name;
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
