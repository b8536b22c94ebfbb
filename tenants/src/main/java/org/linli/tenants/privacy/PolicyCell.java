package org.linli.tenants.privacy;

import org.linli.platform.security.Role;

/** One cell of a tenant's effective policy: the platform default and what applies after the tenant's rule. */
public record PolicyCell(Role role, PrivacyLevel level, Visibility platformDefault, Visibility effective) {

    public boolean tightened() {
        return effective != platformDefault;
    }
}
