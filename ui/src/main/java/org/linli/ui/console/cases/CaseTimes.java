package org.linli.ui.console.cases;

import org.linli.tenants.cases.CaseCommands;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The conversions between what the case screens show and what the case services take. People think of an SLA in
 * working hours and of a period in whole days; the services count working minutes and take half-open instants.
 */
final class CaseTimes {

    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal LOWEST = HIGHEST.negate();

    private CaseTimes() {
    }

    /** Working minutes as hours, without trailing zeros: 30 → 0.5, 960 → 16, 100 → 1.67. */
    static BigDecimal hours(long minutes) {
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        // stripTrailingZeros turns 60 into 6E+1, which a number field would show as such.
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    /** Hours as whole working minutes (the services' unit); null stays null so that validation names the field. */
    static Long minutes(BigDecimal hours) {
        if (hours == null) {
            return null;
        }
        // Absurd amounts are capped, not thrown: the service's maximum then says what is allowed.
        BigDecimal capped = hours.max(LOWEST).min(HIGHEST);
        return capped.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * A minute of the day as a time of day. The end of the working day may be 1440 (midnight after the day), which
     * a time picker can only show as 00:00.
     */
    static LocalTime time(int minuteOfDay) {
        return LocalTime.MIDNIGHT.plusMinutes(minuteOfDay % MINUTES_PER_DAY);
    }

    /** A time of day as the minute of the day; 00:00 as the end of work means midnight after the day. */
    static int minuteOfDay(LocalTime time, boolean end) {
        if (time == null) {
            return -1;
        }
        int minute = time.getHour() * 60 + time.getMinute();
        return end && minute == 0 ? MINUTES_PER_DAY : minute;
    }

    /** Whole days from {@code from} to {@code to}, both included, in {@code zone}: the service's half-open period. */
    static CaseCommands.Period period(LocalDate from, LocalDate to, ZoneId zone) {
        return new CaseCommands.Period(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
