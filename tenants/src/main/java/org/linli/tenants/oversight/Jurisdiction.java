package org.linli.tenants.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.tenancy.TenantId;

import java.time.Instant;

/**
 * A supervisor's jurisdiction: the district tenant a platform supervisor account is attached to (one at most). The
 * property companies the district supervises follow from the tenants' own link, so they need no row here. Platform
 * data: it belongs to no tenant.
 */
@Entity
@Table(name = "supervisor_jurisdiction")
public class Jurisdiction implements AuditSubject {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Version
    private long version;

    @Column(name = "district_id", nullable = false)
    private long districtId;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    protected Jurisdiction() {
    }

    Jurisdiction(long accountId, TenantId district, Instant at) {
        this.accountId = accountId;
        attachTo(district, at);
    }

    void attachTo(TenantId district, Instant at) {
        this.districtId = district.value();
        this.attachedAt = at;
    }

    public long accountId() {
        return accountId;
    }

    public TenantId district() {
        return TenantId.of(districtId);
    }

    public Instant attachedAt() {
        return attachedAt;
    }

    @Override
    public String auditName() {
        return "platform-user:" + accountId;
    }
}
