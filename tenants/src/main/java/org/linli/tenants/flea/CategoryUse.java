package org.linli.tenants.flea;

/** Whether a category takes listings, or names what may not be traded here (medicines, live animals...). */
public enum CategoryUse {
    ALLOWED, FORBIDDEN
}
