package org.linli.tenants.points;

/** What residents earn points for; each kind has its own versions of earning rules. */
public enum EventKind {
    /** Minutes credited by the time bank for volunteering: points per hour. */
    VOLUNTEER_MINUTES,
    /** A completed order the resident reviewed: points per order. */
    ORDER_REVIEWED,
    /** A smart form the resident answered: points per form. */
    FORM_ANSWERED,
    /** A check-in recorded by an operator or a station, e.g. garbage sorting: points per check-in of a topic. */
    CHECK_IN,
    /** Points a seller received for a flea-market sale: passed on from the buyer's hold, never earned by a rule. */
    FLEA_SALE;

    /** Whether earning rules may award this kind (a flea-market sale only passes points on). */
    public boolean earnedByRules() {
        return this != FLEA_SALE;
    }
}
