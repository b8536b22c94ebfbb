package org.linli.tenants.privacy.rest;

import org.linli.platform.security.Role;
import org.linli.tenants.privacy.PolicyCell;
import org.linli.tenants.privacy.PrivacyLevel;
import org.linli.tenants.privacy.Visibility;

/**
 * The request and response bodies of {@link PrivacyResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class PrivacyApi {

    private PrivacyApi() {
    }

    public record CellResponse(Role role, PrivacyLevel level, Visibility platformDefault, Visibility effective) {
        static CellResponse of(PolicyCell cell) {
            return new CellResponse(cell.role(), cell.level(), cell.platformDefault(), cell.effective());
        }
    }

    public record CellRequest(String role, String level, String visibility) {
    }
}
