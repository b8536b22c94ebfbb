package org.linli.tenants.points;

/** WAITING (for pickup) ─hand over→ HANDED_OVER; WAITING ─cancel→ CANCELLED (points and stock back). */
public enum RedemptionStatus {
    WAITING,
    HANDED_OVER,
    CANCELLED
}
