package org.linli.tenants.ads;

/** Whether a slot can be booked and served: a paused slot takes no bookings and shows nothing. */
public enum SlotStatus {
    ACTIVE,
    PAUSED
}
