package org.linli.tenants.cases;

/** Who opened a case: a resident for themselves, staff on a resident's behalf, or a device (a sensor's alert). */
public enum CaseSource {
    RESIDENT,
    STAFF,
    DEVICE
}
