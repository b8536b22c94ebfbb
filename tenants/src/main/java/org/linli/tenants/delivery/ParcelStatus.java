package org.linli.tenants.delivery;

/** {@code WAITING} at the station until picked up with its code, or delivered to the door by a paid request. */
public enum ParcelStatus {
    WAITING,
    PICKED_UP,
    DELIVERED
}
