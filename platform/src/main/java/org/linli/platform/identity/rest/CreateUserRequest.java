package org.linli.platform.identity.rest;

/**
 * {@code role}: {@code TENANT_OPERATOR}, {@code GRID_WORKER}, {@code PROVIDER_STAFF}, {@code RESIDENT},
 * {@code ADVERTISER}, {@code FINANCE} or {@code SUPERVISOR}.
 */
public record CreateUserRequest(String username, String displayName, String role, String password) {

    @Override
    public String toString() {
        return "CreateUserRequest[" + username + ", " + role + "]";
    }
}
