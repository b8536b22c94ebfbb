package org.linli.billing.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.billing.settlement.PayoutAccount;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * Where a resident receives the money of their flea-market sales paid online (收款账户): their Alipay user id and
 * name, validated as a payee's {@link PayoutAccount}. A resident sets their own; there is no four-eyes step because
 * the money is the resident's own and only ever goes to the account the resident named.
 */
@Entity
@Table(name = "seller_payout_account")
public class SellerPayoutAccount extends TenantOwned implements AuditSubject {

    @Id
    @Column(name = "resident_id")
    private Long residentId;

    @Version
    private long version;

    @Column(name = "alipay_user_id", nullable = false, length = 16)
    private String alipayUserId;

    @Column(name = "holder", nullable = false, length = 100)
    private String holder;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected SellerPayoutAccount() {
    }

    SellerPayoutAccount(long residentId) {
        this.residentId = residentId;
    }

    void register(String alipayUserId, String holder, Instant at) {
        PayoutAccount.Details details = PayoutAccount.Details.of(alipayUserId, holder);
        this.alipayUserId = details.alipayUserId();
        this.holder = details.holder();
        this.registeredAt = at;
    }

    public long residentId() {
        return residentId;
    }

    public String alipayUserId() {
        return alipayUserId;
    }

    public String holder() {
        return holder;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    @Override
    public String auditName() {
        return "seller-payout-account:" + residentId + ":" + PayoutAccount.masked(alipayUserId);
    }
}
