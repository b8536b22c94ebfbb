package org.linli.tenants.registry;

/** What happened to the registry, kept as history. */
public enum RegistryEventKind {
    RESIDENT_MOVED,
    RESIDENT_DEACTIVATED,
    RESIDENT_REACTIVATED,
    RESIDENT_VERIFIED,
    HOUSEHOLD_MERGED,
    HOUSEHOLD_DEACTIVATED,
    VEHICLE_DEACTIVATED
}
