package org.linli.tenants.registry.structure;

/** {@code MERGED}: its residents and vehicles moved to another household, which it names. */
public enum HouseholdStatus {
    ACTIVE,
    INACTIVE,
    MERGED
}
