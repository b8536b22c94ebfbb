package org.linli.platform.security;

/**
 * The catalogue of permission names, {@code domain:action} in Shiro's wildcard syntax. Roles grant them (possibly as
 * wildcards, see {@link Role}); application service methods require them with {@link RequiresPermission}.
 */
public final class Permissions {

    public static final String TENANT_READ = "tenant:read";
    public static final String TENANT_MANAGE = "tenant:manage";

    public static final String USER_READ = "user:read";
    public static final String USER_MANAGE = "user:manage";

    public static final String PLATFORM_USER_READ = "platform-user:read";
    public static final String PLATFORM_USER_MANAGE = "platform-user:manage";

    /** The audit trail of the tenant the caller acts for. */
    public static final String AUDIT_READ = "audit:read";
    /** The whole audit trail, platform actions and every tenant. */
    public static final String AUDIT_READ_ALL = "audit:read-all";

    private Permissions() {
    }
}
