package org.linli.tenants.registry.residents;

/** {@code PENDING}: registered themselves, awaiting an operator's check; {@code INACTIVE}: moved away or deceased. */
public enum ResidentStatus {
    ACTIVE,
    PENDING,
    INACTIVE
}
