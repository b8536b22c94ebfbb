package org.linli.tenants.registry.vehicles;

/** Whether a vehicle is still registered to its household. */
public enum VehicleStatus {
    ACTIVE,
    DEREGISTERED
}
