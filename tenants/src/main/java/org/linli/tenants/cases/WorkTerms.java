package org.linli.tenants.cases;

/** Whether a provider does the work for free (public service) or as paid work (noted, billed outside the case). */
public enum WorkTerms {
    FREE,
    PAID
}
