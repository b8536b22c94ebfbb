package org.linli.tenants.marketplace;

import org.linli.platform.money.Money;

import java.time.Duration;
import java.time.Instant;

/**
 * Free cancellation until {@code freeHours} before the appointment, a fixed fee after that (never more than what was
 * paid). Orders without an appointment are free to cancel until the provider starts work.
 */
public record CancellationPolicy(int freeHours, Money fee) {

    public CancellationPolicy {
        if (freeHours < 0 || fee == null || fee.isNegative()) {
            throw new IllegalArgumentException("free hours and fee must not be negative");
        }
    }

    /** What the resident forfeits when cancelling at {@code now} an appointment at {@code start} after paying. */
    public Money feeFor(Instant start, Instant now, Money paid) {
        if (start == null || !now.isAfter(start.minus(Duration.ofHours(freeHours)))) {
            return Money.ZERO;
        }
        return fee.compareTo(paid) > 0 ? paid : fee;
    }
}
