package org.linli.tenants.devices;

/**
 * Where a device is in its life: ACTIVE while it reports, OFFLINE once silent past its heartbeat interval (the next
 * event makes it ACTIVE again), RETIRED for good (its events are refused).
 */
public enum DeviceState {
    ACTIVE,
    OFFLINE,
    RETIRED
}
