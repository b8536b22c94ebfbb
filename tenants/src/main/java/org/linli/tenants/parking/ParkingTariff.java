package org.linli.tenants.parking;

import org.linli.platform.money.Money;

import java.time.Duration;

/**
 * What a visitor pays for a stay: nothing within the free minutes; otherwise every started hour at the hourly rate,
 * with each 24 hours from entry (overnight included) capped at the daily cap.
 */
public record ParkingTariff(int freeMinutes, Money hourlyRate, Money dailyCap) {

    private static final long DAY_MINUTES = 24 * 60;

    public ParkingTariff {
        if (freeMinutes < 0 || hourlyRate.isNegative() || dailyCap.isNegative()) {
            throw new IllegalArgumentException("tariff parts must not be negative");
        }
    }

    public Money fee(Duration stay) {
        long minutes = Math.max(0, stay.toMinutes() + (stay.toSecondsPart() > 0 ? 1 : 0));
        if (minutes <= freeMinutes) {
            return Money.ZERO;
        }
        long fullDays = minutes / DAY_MINUTES;
        long rest = minutes % DAY_MINUTES;
        long perDay = Math.min(hours(DAY_MINUTES) * hourlyRate.fen(), dailyCap.fen());
        long lastDay = Math.min(hours(rest) * hourlyRate.fen(), dailyCap.fen());
        return Money.fen(Math.addExact(Math.multiplyExact(fullDays, perDay), lastDay));
    }

    private static long hours(long minutes) {
        return (minutes + 59) / 60;
    }
}
