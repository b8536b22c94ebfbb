package org.linli.tenants.devices;

/**
 * What a device reports. HEARTBEAT only says "I am alive" and never alerts. OFFLINE is not sent by devices: it is the
 * watch's own event for a device gone silent, so that its maintenance case is routed by a rule like any other.
 */
public enum EventKind {
    SMOKE,
    HEARTBEAT,
    DOOR_OPEN,
    WATER_FLOW,
    EBIKE_IN_LIFT,
    THROWING_OBJECT,
    PANIC,
    TAMPER,
    LOW_BATTERY,
    OFFLINE,
    OTHER;

    /** Whether a device may send this kind (OFFLINE is the watch's). */
    public boolean sentByDevices() {
        return this != OFFLINE;
    }

    /**
     * Whether the event shows someone moving about at home: at a household's device it counts as the residents'
     * activity (see {@link ElderActivity}) and is no alert, elsewhere (a building's door) it alerts by its rule.
     */
    public boolean showsActivity() {
        return this == DOOR_OPEN || this == WATER_FLOW;
    }

    /** Whether an event of this kind may become an alert. */
    public boolean alerts() {
        return this != HEARTBEAT;
    }
}
