package org.linli.tenants.cases;

/** How a case came in: the app, a phone call, a visit, or a device. */
public enum CaseChannel {
    APP,
    PHONE,
    VISIT,
    DEVICE
}
