package org.linli.tenants.devices;

/** What a device is. */
public enum DeviceKind {
    SMOKE_DETECTOR,
    CAMERA_ANALYTICS,
    LIFT_EBIKE_DETECTOR,
    DOOR_SENSOR,
    WATER_METER,
    PANIC_BUTTON,
    OTHER
}
