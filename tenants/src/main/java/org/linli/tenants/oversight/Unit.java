package org.linli.tenants.oversight;

/**
 * What a figure counts, which decides how it adds up, how it is shown and whether small values are hidden. Shares
 * and averages travel as a numerator ({@code value}) and a denominator ({@code base}), so that they add up across
 * communities and tenants exactly.
 */
public enum Unit {
    /** Persons: fewer than five are never shown. */
    PERSONS(true),
    /** Households: fewer than five are never shown. */
    HOUSEHOLDS(true),
    /** Events or things (cases, orders, modules). */
    COUNT(false),
    /** Volunteer time in minutes, shown as hours. */
    MINUTES(false),
    /** Money in fen. */
    FEN(false),
    /** A share: value out of base. */
    SHARE(false),
    /** An average: value (a sum) over base (how many). */
    AVERAGE(false);

    private final boolean countsPeople;

    Unit(boolean countsPeople) {
        this.countsPeople = countsPeople;
    }

    /** Whether small values of this unit could single a person or a household out. */
    public boolean countsPeople() {
        return countsPeople;
    }
}
