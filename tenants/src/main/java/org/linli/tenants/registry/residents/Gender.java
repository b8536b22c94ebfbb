package org.linli.tenants.registry.residents;

public enum Gender {
    MALE,
    FEMALE
}
