package org.linli.tenants.flea;

/** Where a reservation stands; see {@link Reservation}. */
public enum ReservationStatus {
    REQUESTED, ACCEPTED, DECLINED, CANCELLED, LAPSED, COMPLETED;

    /** Still holding the listing. */
    public boolean isOpen() {
        return this == REQUESTED || this == ACCEPTED;
    }
}
