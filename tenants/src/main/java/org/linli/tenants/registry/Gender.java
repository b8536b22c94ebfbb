package org.linli.tenants.registry;

public enum Gender {
    MALE,
    FEMALE
}
