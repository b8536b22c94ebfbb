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

import java.time.Instant;

/** A person of the platform company (operators, platform finance, supervisors); belongs to no tenant. */
@Entity
@Table(name = "platform_account")
public class PlatformAccount implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_account_seq")
    @SequenceGenerator(name = "platform_account_seq", sequenceName = "platform_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Embedded
    private AccountDetails details;

    protected PlatformAccount() {
    }

    PlatformAccount(String username, String displayName, Role role, String passwordHash, Instant createdAt) {
        if (!role.allowedInPlatform()) {
            throw new IllegalArgumentException(role + " is not a platform role");
        }
        this.details = new AccountDetails(username, displayName, role, passwordHash, createdAt);
    }

    public long id() {
        return id;
    }

    public AccountDetails details() {
        return details;
    }

    /** Notes a successful sign-in. */
    public void signedIn(Instant at) {
        details.signedIn(at);
    }

    public Actor toActor() {
        return Actor.user(id, details.username(), details.displayName(), details.role(), null);
    }

    @Override
    public String auditName() {
        return "platform-user:" + id;
    }
}
