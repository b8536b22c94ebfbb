package org.linli.billing.commission;

import org.linli.platform.money.Allocation;
import org.linli.platform.money.Money;

import java.util.EnumMap;
import java.util.Map;

/**
 * Who gives back how much of a refund: the refund is divided in proportion to what each party still holds of the
 * payment (largest remainder), so no party ever gives back more than it received, and refunds in several steps add
 * up to the parts of the original split when everything has been refunded.
 */
public final class RefundShares {

    private RefundShares() {
    }

    /** The parts of {@code refund}, which must not exceed the sum of {@code remaining}. */
    public static Map<Party, Money> of(Map<Party, Money> remaining, Money refund) {
        Map<Party, Money> shares = new EnumMap<>(Party.class);
        Party[] parties = Party.values();
        long[] weights = new long[parties.length];
        long held = 0;
        for (int i = 0; i < parties.length; i++) {
            weights[i] = remaining.getOrDefault(parties[i], Money.ZERO).fen();
            held += weights[i];
        }
        if (refund.isNegative() || refund.fen() > held) {
            throw new IllegalArgumentException("refund " + refund + " exceeds what is held: " + remaining);
        }
        long[] parts = refund.isZero() ? new long[parties.length] : Allocation.largestRemainder(refund.fen(), weights);
        for (int i = 0; i < parties.length; i++) {
            shares.put(parties[i], Money.fen(parts[i]));
        }
        return shares;
    }
}
