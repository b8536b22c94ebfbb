package org.linli.platform.tenancy;

/**
 * How a platform operator chooses the tenant to act in: per API request with the {@link #HEADER} header, or for a
 * console session with the {@link #SESSION_ATTRIBUTE} (set by the console's tenant switcher). Users of a tenant
 * always act in their own tenant; naming another one is refused.
 */
public final class TenantSelection {

    public static final String HEADER = "X-Linli-Tenant";
    public static final String SESSION_ATTRIBUTE = "linli.selected-tenant";

    private TenantSelection() {
    }
}
