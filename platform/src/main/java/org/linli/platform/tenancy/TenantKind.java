package org.linli.platform.tenancy;

/** The two kinds of organisation that run Linli for their area. */
public enum TenantKind {
    /** A street district office (街道). */
    DISTRICT,
    /** A property-management company (物业公司). */
    PROPERTY_COMPANY
}
