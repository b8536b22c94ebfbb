package org.linli.platform.identity.internal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantId;

/**
 * The sign-in directory: which account a username belongs to. Usernames are unique across the whole platform, and
 * sign-in must find an account before anyone knows its tenant, so this small table (no personal data, no secrets)
 * is platform-owned. A tenant user's row is deleted with the account by the database ({@code ON DELETE CASCADE}),
 * so it is never cached.
 */
@Entity
@Cacheable(false)
@Table(name = "login_name")
public class LoginName {

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    protected LoginName() {
    }

    public LoginName(String username, TenantId tenant, long accountId) {
        this.username = username;
        this.tenantId = tenant == null ? null : tenant.value();
        this.accountId = accountId;
    }

    public String username() {
        return username;
    }

    /** The tenant of the account, or null for a platform account. */
    public TenantId tenant() {
        return tenantId == null ? null : TenantId.of(tenantId);
    }

    public long accountId() {
        return accountId;
    }
}
