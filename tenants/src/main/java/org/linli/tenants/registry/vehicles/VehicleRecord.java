package org.linli.tenants.registry.vehicles;

import org.linli.tenants.registry.structure.HouseholdId;

/** A vehicle as the caller may see it: the plate full, masked or absent by the privacy policy. */
public record VehicleRecord(VehicleId id, HouseholdId household, String plate, boolean active) {
}
