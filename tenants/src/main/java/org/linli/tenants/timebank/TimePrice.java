package org.linli.tenants.timebank;

import org.linli.platform.money.Money;

/** What an order costs in minutes at the tenant's rate: the amount divided by one minute's value, rounded up. */
public final class TimePrice {

    private TimePrice() {
    }

    /** The minutes that pay {@code amount} when one minute is worth {@code minuteValue}; a part minute counts whole. */
    public static long minutesFor(Money amount, Money minuteValue) {
        if (minuteValue.fen() <= 0) {
            throw new IllegalArgumentException("a minute must be worth something");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        return -Math.floorDiv(-amount.fen(), minuteValue.fen());
    }
}
