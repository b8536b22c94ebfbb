package org.linli.tenants.registry.importexport;

/** What a committed import does when some rows are invalid: apply nothing, or apply the valid rows. */
public enum ImportMode {
    ALL_OR_NOTHING,
    VALID_ROWS
}
