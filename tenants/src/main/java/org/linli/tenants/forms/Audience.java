package org.linli.tenants.forms;

/** Who fills in a form: the targeted residents themselves, or grid workers for the residents of their grids. */
public enum Audience {
    RESIDENTS,
    GRID_WORKERS
}
