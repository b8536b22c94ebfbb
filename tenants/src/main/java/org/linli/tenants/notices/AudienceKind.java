package org.linli.tenants.notices;

/** Whom a notice addresses: the whole tenant, one community, chosen buildings, one grid, or residents with a tag. */
public enum AudienceKind {
    TENANT,
    COMMUNITY,
    BUILDINGS,
    GRID,
    TAG
}
