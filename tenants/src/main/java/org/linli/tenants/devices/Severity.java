package org.linli.tenants.devices;

/** How urgent an alert is; correlation raises it to CRITICAL. */
public enum Severity {
    NORMAL,
    HIGH,
    CRITICAL
}
