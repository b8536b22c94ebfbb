package org.linli.platform.security;

import java.util.Set;

/**
 * What a user is for. Each role grants wildcard permissions and is allowed either in the platform (users of the
 * platform company), in a tenant, or in both.
 */
public enum Role {
    PLATFORM_OPERATOR(Placement.PLATFORM, "tenant:*", "user:*", "platform-user:*", "role-grant:any", "module:*",
            "privacy:*", "registry:read", "grid:read", "catalog:read", "market:read", "qualification:read",
            "order:read", "audit:*", "commission:*", "finance:read", "split:read", "invoice:*", "refund-bearer:*"),
    TENANT_OPERATOR(Placement.TENANT, "user:*", "module:read", "privacy:*", "structure:*", "registry:*", "grid:*",
            "form:*", "catalog:*", "market:*", "qualification:*", "order:read", "order:act", "split:read",
            "refund-bearer:choose", "audit:read", "commission:read", "invoice:read", "invoice-payment:pay",
            "volunteer:*", "timebank:*", "points:*", "flea:*", "ads:*", "case:*", "notice:*", "proposal:*",
            "inbox:read", "device:read", "device:manage", "device:label", "device:acknowledge"),
    /**
     * A grid worker (网格员): reads and works the households, residents and vehicles of the grids assigned to them, and
     * fills forms for their residents, and handles the cases of those grids. {@code GridScopeBinding} narrows every
     * grid-scoped table to those grids.
     */
    GRID_WORKER(Placement.TENANT, "registry:read", "registry:manage", "registry:reveal", "grid:read", "form:fill",
            "case:report", "case:handle", "inbox:read", "device:read", "device:label", "device:acknowledge"),
    PROVIDER_STAFF(Placement.TENANT, "provider:work", "qualification:*", "catalog:read", "order:read", "order:act",
            "split:read", "volunteer:organise", "case:work", "inbox:read", "device:acknowledge"),
    RESIDENT(Placement.TENANT, "storefront:*", "self:*", "form:fill", "catalog:read", "order:place", "order:read",
            "order:act", "volunteer:join", "timebank:use", "points:use", "flea:trade", "case:report", "notice:read",
            "proposal:take-part", "inbox:read", "device:acknowledge"),
    /** A local merchant who books the tenant's ad slots for its own campaigns (staff of an advertiser). */
    ADVERTISER(Placement.TENANT, "ads:book", "inbox:read"),
    FINANCE(Placement.ANY, "finance:*", "split:read", "commission:read", "module:read", "invoice:read",
            "invoice-payment:pay", "inbox:read"),
    SUPERVISOR(Placement.ANY, "oversight:read");

    /** Where accounts with this role may live. */
    public enum Placement { PLATFORM, TENANT, ANY }

    private final Placement placement;
    private final Set<String> permissions;

    Role(Placement placement, String... permissions) {
        this.placement = placement;
        this.permissions = Set.of(permissions);
    }

    public Set<String> permissions() {
        return permissions;
    }

    public boolean allowedInTenant() {
        return placement != Placement.PLATFORM;
    }

    public boolean allowedInPlatform() {
        return placement != Placement.TENANT;
    }
}
