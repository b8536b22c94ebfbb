package org.linli.tenants.orders;

/** Who takes part in an order, and so may move it: the resident who booked, the provider, the tenant's operator. */
public enum OrderParty {
    RESIDENT,
    PROVIDER,
    OPERATOR
}
