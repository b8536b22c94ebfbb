package org.linli.platform.identity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.security.Actor;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A person who signs in to one tenant: operator, provider staff, resident or finance. Tenant-owned.
 *
 * <p>Lifecycle: created {@code ENABLED}; {@code disable} and {@code enable} toggle it; deleting removes it together
 * with its sign-in name (audit records keep the username). Its role must be one a tenant may hold.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Embedded
    private AccountDetails details;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, Role role, String passwordHash, Instant createdAt) {
        if (!role.allowedInTenant()) {
            throw new IllegalArgumentException(role + " is not a tenant role");
        }
        this.details = new AccountDetails(username, displayName, role, passwordHash, createdAt);
    }

    public UserId id() {
        return new UserId(id);
    }

    public long version() {
        return version;
    }

    public AccountDetails details() {
        return details;
    }

    /** Notes a successful sign-in. */
    public void signedIn(Instant at) {
        details.signedIn(at);
    }

    public Actor toActor() {
        return Actor.user(id, details.username(), details.displayName(), details.role(), tenant());
    }

    @Override
    public String auditName() {
        return "user:" + id;
    }
}
