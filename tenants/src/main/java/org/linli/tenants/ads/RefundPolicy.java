package org.linli.tenants.ads;

import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The tenant's terms for a paid booking cancelled before its first day: {@code percent} of the amount comes back
 * when it is cancelled at least {@code minDaysBefore} days before the first day, nothing otherwise. Once the first
 * day has come the booking can no longer be cancelled. Fen are rounded down, in the tenant's favour.
 */
public record RefundPolicy(int percent, int minDaysBefore) {

    /** The terms of a tenant that set none: everything back when cancelled three days ahead. */
    public static final RefundPolicy DEFAULT = new RefundPolicy(100, 3);

    public RefundPolicy {
        if (percent < 0 || percent > 100) {
            throw DomainException.invalid(FieldError.of("refundPercent", "ad_range", 0, 100));
        }
        if (minDaysBefore < 0 || minDaysBefore > 365) {
            throw DomainException.invalid(FieldError.of("minDaysBefore", "ad_range", 0, 365));
        }
    }

    /** What is given back of {@code paid} for a booking starting on {@code firstDay}, cancelled on {@code today}. */
    public Money refund(Money paid, LocalDate firstDay, LocalDate today) {
        if (!today.isBefore(firstDay)) {
            throw DomainException.conflict("ad_booking_started");
        }
        long daysBefore = ChronoUnit.DAYS.between(today, firstDay);
        if (daysBefore < minDaysBefore) {
            return Money.ZERO;
        }
        return Money.fen(Math.multiplyExact(paid.fen(), percent) / 100);
    }
}
