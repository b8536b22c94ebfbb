package org.linli.platform.security;

import org.linli.platform.tenancy.TenantId;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling: a signed-in user (of a tenant, or of the platform when {@code tenant} is null) or a named system
 * job. This is the principal kept in the security subject; it holds no secrets.
 */
public record Actor(long accountId, String username, String displayName, Role role, TenantId tenant, boolean system)
        implements Serializable {

    public static Actor user(long accountId, String username, String displayName, Role role, TenantId tenant) {
        return new Actor(accountId, username, displayName, role, tenant, false);
    }

    /** A server-side job (demo seeding, scheduled work); it holds every permission and is audited by its name. */
    public static Actor system(String job) {
        return new Actor(0, "system:" + job, job, null, null, true);
    }

    public boolean isPlatformUser() {
        return !system && tenant == null;
    }

    /** Same account, role and tenant: what a session's permissions were granted for. */
    public boolean sameStandingAs(Actor other) {
        return other != null && accountId == other.accountId && system == other.system && role == other.role
                && Objects.equals(tenant, other.tenant);
    }

    public Optional<TenantId> home() {
        return Optional.ofNullable(tenant);
    }

    @Override
    public String toString() {
        return username;
    }
}
