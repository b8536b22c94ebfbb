package org.linli.tenants.registry;

/** Whether a vehicle is still registered to its household. */
public enum VehicleStatus {
    ACTIVE,
    DEREGISTERED
}
