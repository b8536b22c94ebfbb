package org.linli.tenants.forms;

/**
 * The registry value a form field is bound to: prefilled from the registry, and written back after the person
 * filling in confirms a change — so that nothing is asked twice and the registry stays current.
 */
public enum RegistryBinding {
    NAME,
    MOBILE,
    BIRTH_DATE,
    GENDER,
    RELATION,
    TAGS,
    FLOOR_AREA
}
