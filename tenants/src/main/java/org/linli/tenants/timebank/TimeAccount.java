package org.linli.tenants.timebank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.Instant;

/**
 * A verified resident's time account: not the balance, which is the ledger's, but the small row that every debit
 * of the account locks, so that parallel debits see each other's postings and never breach the minimum, while
 * unrelated accounts never wait. It also holds the member's public code.
 */
@Entity
@Table(name = "time_account")
public class TimeAccount extends TenantOwned implements AuditSubject {

    @Id
    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "member_code", nullable = false, length = 8)
    private String memberCode;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected TimeAccount() {
    }

    TimeAccount(ResidentId resident, String memberCode, Instant at) {
        this.residentId = resident.value();
        this.memberCode = memberCode;
        this.openedAt = at;
    }

    public ResidentId resident() {
        return new ResidentId(residentId);
    }

    public String memberCode() {
        return memberCode;
    }

    public Instant openedAt() {
        return openedAt;
    }

    @Override
    public String auditName() {
        return "time-account:" + residentId;
    }
}
