package org.linli.tenants.ads;

import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The whole days a booking covers, first and last included, as calendar days in Asia/Shanghai. Two bookings of a
 * slot overlap when they share at least one day; a slot is never sold twice for the same day.
 */
public record BookingDays(LocalDate first, LocalDate last) {

    /** A booking covers at most a year. */
    public static final int MAX_DAYS = 366;

    public BookingDays {
        if (first == null) {
            throw DomainException.invalid(FieldError.of("firstDay", "required"));
        }
        if (last == null) {
            throw DomainException.invalid(FieldError.of("lastDay", "required"));
        }
        if (last.isBefore(first)) {
            throw DomainException.invalid(FieldError.of("lastDay", "ad_last_day_before_first"));
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw DomainException.invalid(FieldError.of("lastDay", "ad_booking_too_long", MAX_DAYS));
        }
    }

    /** How many days are booked (both ends included). */
    public long count() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The price of the booking: every day at the slot's price. */
    public Money price(Money perDay) {
        return Money.fen(Math.multiplyExact(perDay.fen(), count()));
    }

    public boolean overlaps(BookingDays other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
