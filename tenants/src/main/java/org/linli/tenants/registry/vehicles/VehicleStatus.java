package org.linli.tenants.registry.vehicles;

/** Whether a vehicle is still registered to its household. */
enum VehicleStatus {
    ACTIVE,
    DEREGISTERED
}
