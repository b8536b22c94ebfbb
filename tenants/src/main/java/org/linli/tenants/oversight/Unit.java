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
    /**
     * Money in fen. Where its row has a {@link #CONTRIBUTORS} figure, money that fewer than five providers or payers
     * make up is hidden (see {@link SmallCellSuppression#guarded}).
     */
    FEN(false),
    /** A share: value out of base. */
    SHARE(false),
    /** An average: value (a sum) over base (how many). */
    AVERAGE(false),
    /**
     * How many distinct providers or payers make up the money of the same row. Never shown: it only decides whether
     * that money may be. A row with several (providers, payers) is guarded by the fewest; counts of rows are never
     * added up (one provider can serve every module).
     */
    CONTRIBUTORS(false);

    private final boolean countsPeople;

    Unit(boolean countsPeople) {
        this.countsPeople = countsPeople;
    }

    /** Whether small values of this unit could single a person or a household out. */
    public boolean countsPeople() {
        return countsPeople;
    }
}
