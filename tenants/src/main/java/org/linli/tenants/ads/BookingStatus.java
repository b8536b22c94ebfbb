package org.linli.tenants.ads;

/** Where a booking stands; see {@link BookingLifecycle} for the moves between them. */
public enum BookingStatus {
    /** The days are held for the advertiser; no creative yet. */
    REQUESTED,
    /** A creative waits for the operator's review. */
    CREATIVE_SUBMITTED,
    /** The operator rejected the creative, with a note; the advertiser may submit another. */
    CREATIVE_REJECTED,
    /** The creative is approved: the advertiser may pay. */
    CREATIVE_APPROVED,
    /** Paid: shown on the booked days (running while they last, ended after). */
    PAID,
    /** Given up (before payment, or before the first day with the tenant's refund): the days are free again. */
    CANCELLED;

    public boolean isFinal() {
        return this == CANCELLED;
    }

    /** Whether the booking still holds its days against other bookings. */
    public boolean holdsDays() {
        return this != CANCELLED;
    }
}
