package org.linli.tenants.oversight.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.tenants.oversight.Jurisdictions;

import java.util.List;

/**
 * The request and response bodies of {@link OversightResource} and {@link SupervisorResource}, as records; requests
 * carry their Bean Validation constraints.
 */
final class OversightApi {

    private OversightApi() {
    }

    /** A tenant of the jurisdiction: its id, name ({@code title}) and kind. */
    public record CoveredTenant(long id, String title, String kind) {
        static CoveredTenant of(Jurisdictions.Covered covered) {
            return new CoveredTenant(covered.id(), covered.name(), covered.kind().name());
        }
    }

    /** The district (null when none is attached) and all tenants covered, the district first. */
    public record JurisdictionResponse(CoveredTenant district, List<CoveredTenant> tenants) {
    }

    /** The district to attach a supervisor to. */
    public record JurisdictionRequest(@NotNull Long districtId) {
    }

    public record SupervisorJurisdictionResponse(long accountId, Long districtId) {
    }
}
