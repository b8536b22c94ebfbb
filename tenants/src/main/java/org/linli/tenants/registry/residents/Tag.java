package org.linli.tenants.registry.residents;

/** What services and care teams look for in the registry. */
public enum Tag {
    ELDERLY_ALONE,
    DISABLED,
    LOW_INCOME,
    VOLUNTEER,
    VETERAN,
    PARTY_MEMBER
}
