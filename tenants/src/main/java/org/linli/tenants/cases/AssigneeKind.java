package org.linli.tenants.cases;

/** Who works a case: a staff user of the tenant, a grid worker, or a verified provider of the tenant. */
public enum AssigneeKind {
    STAFF,
    GRID_WORKER,
    PROVIDER
}
