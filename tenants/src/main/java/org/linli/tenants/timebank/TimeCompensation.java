package org.linli.tenants.timebank;

/** How the provider of an order paid in minutes is compensated, as the tenant configures it. */
public enum TimeCompensation {
    /** The minutes go to the provider's own time account. */
    MINUTES,
    /** The minutes leave circulation and the tenant pays the provider the order's amount in yuan. */
    YUAN
}
