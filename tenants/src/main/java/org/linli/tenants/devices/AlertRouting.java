package org.linli.tenants.devices;

/**
 * What became of an alert: it opened a case, joined the open case of a correlated alert, was only recorded (its rule
 * names no case category), or was recorded because it came in quiet hours.
 */
public enum AlertRouting {
    CASE_OPENED,
    CASE_JOINED,
    RECORDED,
    QUIET
}
