package org.linli.tenants.cases;

/** Whether residents can still report in a category (inactive ones keep their past cases). */
public enum CategoryStatus {
    ACTIVE,
    INACTIVE
}
