package org.linli.tenants.devices;

/** A handler's verdict on an alert: something was really there, or the device cried wolf. */
public enum AlertLabel {
    TRUE_POSITIVE,
    FALSE_POSITIVE
}
