package org.linli.tenants.cases;

/** What case statistics are grouped by. */
public enum StatsDimension {
    GRID,
    CATEGORY,
    HANDLER
}
