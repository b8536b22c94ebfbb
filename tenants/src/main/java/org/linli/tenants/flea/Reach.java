package org.linli.tenants.flea;

/** Who finds a listing: the seller's own community, or every resident of the tenant. */
public enum Reach {
    COMMUNITY, TENANT
}
