package org.linli.tenants.privacy;

import org.linli.platform.security.Role;

import java.util.EnumMap;
import java.util.Map;

/**
 * The platform's default: who sees which level. Tenants may tighten any cell, never loosen it. Supervisors see no
 * personal value at all ("usable but not visible"): their views are aggregates.
 */
public final class PlatformPrivacyPolicy {

    private static final Map<Role, Visibility[]> DEFAULTS = new EnumMap<>(Role.class);

    static {
        //                                           PUBLIC            INTERNAL          SENSITIVE         SECRET
        DEFAULTS.put(Role.TENANT_OPERATOR, row(Visibility.FULL, Visibility.FULL, Visibility.FULL, Visibility.FULL));
        DEFAULTS.put(Role.GRID_WORKER, row(Visibility.FULL, Visibility.FULL, Visibility.FULL, Visibility.MASKED));
        DEFAULTS.put(Role.PLATFORM_OPERATOR, row(Visibility.FULL, Visibility.MASKED, Visibility.MASKED, Visibility.HIDDEN));
        DEFAULTS.put(Role.PROVIDER_STAFF, row(Visibility.FULL, Visibility.MASKED, Visibility.MASKED, Visibility.HIDDEN));
        DEFAULTS.put(Role.ADVERTISER, row(Visibility.FULL, Visibility.HIDDEN, Visibility.HIDDEN, Visibility.HIDDEN));
        DEFAULTS.put(Role.RESIDENT, row(Visibility.FULL, Visibility.MASKED, Visibility.HIDDEN, Visibility.HIDDEN));
        DEFAULTS.put(Role.FINANCE, row(Visibility.FULL, Visibility.MASKED, Visibility.HIDDEN, Visibility.HIDDEN));
        DEFAULTS.put(Role.SUPERVISOR, row(Visibility.HIDDEN, Visibility.HIDDEN, Visibility.HIDDEN, Visibility.HIDDEN));
    }

    private PlatformPrivacyPolicy() {
    }

    public static Visibility visibility(Role role, PrivacyLevel level) {
        if (role == null) {
            return Visibility.HIDDEN;
        }
        return DEFAULTS.get(role)[level.ordinal()];
    }

    private static Visibility[] row(Visibility... cells) {
        return cells;
    }
}
