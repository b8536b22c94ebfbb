package org.linli.tenants.ads;

/** What happens to a booking. */
public enum BookingAction {
    SUBMIT_CREATIVE,
    APPROVE,
    REJECT,
    PAY,
    CANCEL
}
