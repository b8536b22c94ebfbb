package org.linli.tenants.registry.vehicles.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.tenants.registry.vehicles.VehicleRecord;

/**
 * The request and response bodies of {@link VehicleResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class VehiclesApi {

    private VehiclesApi() {
    }

    public record VehicleResponse(long id, long householdId, String plate, boolean active) {
        static VehicleResponse of(VehicleRecord v) {
            return new VehicleResponse(v.id().value(), v.household().value(), v.plate(), v.active());
        }
    }

    public record VehicleRequest(@NotNull Long householdId, String plate) {
    }
}
