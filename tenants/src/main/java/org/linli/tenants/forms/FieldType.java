package org.linli.tenants.forms;

/** What a form field asks for. {@code REGISTRY} fields are bound to a registry value (see {@link RegistryBinding}). */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    REGISTRY
}
