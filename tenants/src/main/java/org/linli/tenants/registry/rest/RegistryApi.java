package org.linli.tenants.registry.rest;

import org.linli.tenants.registry.RegistryEvent;

import java.time.Instant;

/**
 * The request and response bodies of {@link ResealResource}, and the registry's history as every part's resources
 * answer it (households, residents), as records.
 */
public final class RegistryApi {

    private RegistryApi() {
    }

    public record ResealResponse(int resealed) {
    }

    /** One entry of the registry's history: a move, a merge, a deactivation, a verification. */
    public record EventResponse(String kind, Long residentId, Long householdId, Long otherHouseholdId, String actor,
                                Instant occurredAt) {
        public static EventResponse of(RegistryEvent event) {
            return new EventResponse(event.kind().name(), event.residentId(), event.householdId(),
                    event.otherHouseholdId(), event.actor(), event.occurredAt());
        }
    }
}
