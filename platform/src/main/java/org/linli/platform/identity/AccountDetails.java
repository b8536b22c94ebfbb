package org.linli.platform.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Role;

import java.time.Instant;

/**
 * What every account has, whether it belongs to a tenant or to the platform: a username unique across Linli, a
 * display name, one role, a status and a password hash (never the password).
 */
@Embeddable
public class AccountDetails {

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected AccountDetails() {
    }

    AccountDetails(String username, String displayName, Role role, String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.status = AccountStatus.ENABLED;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    void disable() {
        if (status == AccountStatus.DISABLED) {
            throw DomainException.invalidTransition(status, "disable");
        }
        status = AccountStatus.DISABLED;
    }

    void enable() {
        if (status == AccountStatus.ENABLED) {
            throw DomainException.invalidTransition(status, "enable");
        }
        status = AccountStatus.ENABLED;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void assign(Role newRole) {
        this.role = newRole;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public AccountStatus status() {
        return status;
    }

    /** The stored argon2id hash; only sign-in reads it. */
    public String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }
}
