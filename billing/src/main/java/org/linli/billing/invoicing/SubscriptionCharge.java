package org.linli.billing.invoicing;

import org.linli.platform.application.ChinaTime;
import org.linli.platform.money.Money;
import org.linli.tenants.modules.Module;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What one module subscription period costs in one month: the monthly fee for every day of the month on which the
 * module was enabled (China time; a day counts when the module was on at any moment of it), pro rata and rounded
 * half up to the fen. A whole month costs exactly the fee.
 */
public record SubscriptionCharge(Module module, Money monthlyFee, int days, int daysInMonth, Money amount) {

    /** The charge of a period {@code [start, end)} ({@code end} null while open) in {@code month}, or null. */
    public static SubscriptionCharge of(Module module, Money monthlyFee, Instant start, Instant end, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate from = start.atZone(ChinaTime.ZONE).toLocalDate();
        LocalDate to = end == null ? last : end.minusNanos(1).atZone(ChinaTime.ZONE).toLocalDate();
        if (end != null && !end.isAfter(start)) {
            return null;
        }
        LocalDate firstDay = from.isAfter(first) ? from : first;
        LocalDate lastDay = to.isBefore(last) ? to : last;
        if (lastDay.isBefore(firstDay)) {
            return null;
        }
        int days = (int) (lastDay.toEpochDay() - firstDay.toEpochDay() + 1);
        int inMonth = month.lengthOfMonth();
        long fen = BigInteger.valueOf(monthlyFee.fen()).multiply(BigInteger.valueOf(days))
                .multiply(BigInteger.TWO).add(BigInteger.valueOf(inMonth))
                .divide(BigInteger.valueOf(2L * inMonth)).longValueExact();
        return new SubscriptionCharge(module, monthlyFee, days, inMonth, Money.fen(fen));
    }
}
