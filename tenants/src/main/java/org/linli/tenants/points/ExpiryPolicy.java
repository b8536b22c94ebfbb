package org.linli.tenants.points;

import java.time.LocalDate;
import java.time.Month;

/** When the points of an award expire, as a tenant sets it. */
public enum ExpiryPolicy {
    /** On 31 December of the year after the award (the common rule of community points). */
    END_OF_NEXT_YEAR,
    /** A number of months after the award, on the same day of the month. */
    MONTHS;

    /** The last day on which points awarded on {@code awardedOn} can be spent. */
    public LocalDate expiryOf(LocalDate awardedOn, int months) {
        return switch (this) {
            case END_OF_NEXT_YEAR -> LocalDate.of(awardedOn.getYear() + 1, Month.DECEMBER, 31);
            case MONTHS -> awardedOn.plusMonths(months);
        };
    }
}
