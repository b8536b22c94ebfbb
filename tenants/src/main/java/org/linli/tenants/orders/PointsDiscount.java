package org.linli.tenants.orders;

import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

/**
 * Points a resident puts towards an order, and the discount they buy: {@code points × value of a point}. The tenant
 * caps the discount at a share of the order's amount, rounded down to the fen, so a discount never exceeds the
 * amount (the share is at most 100 %) and the cash due is never negative.
 *
 * <p>Rule for money given back when points were used: the points always come back whole (to their original lots),
 * which reverses the tenant's funding of the discount; a cancellation fee is kept out of the cash paid only, and the
 * part of a fee that exceeds the cash is waived — see {@link #cashBack}. So the parties keep exactly the fee (or the
 * cash, when that is smaller) and the ledger and split stay exact in fen.
 *
 * @param points   points spent on the order
 * @param discount what they take off the amount
 */
public record PointsDiscount(long points, Money discount) {

    /** No points used. */
    public static final PointsDiscount NONE = new PointsDiscount(0, Money.ZERO);

    /** The tenant's terms: what one point is worth in fen, and the highest share of an order points may pay. */
    public record Terms(long pointValueFen, int maxSharePercent) {

        public static final int MAX_POINT_VALUE_FEN = 10_000;

        /** Discounts off: what a tenant has until it sets its own terms (it funds every discount). */
        public static final Terms OFF = new Terms(1, 0);

        public Terms {
            if (pointValueFen < 1 || pointValueFen > MAX_POINT_VALUE_FEN) {
                throw DomainException.invalid(FieldError.of("pointValueFen", "range", 1, MAX_POINT_VALUE_FEN));
            }
            if (maxSharePercent < 0 || maxSharePercent > 100) {
                throw DomainException.invalid(FieldError.of("maxSharePercent", "range", 0, 100));
            }
        }

        /** The largest discount on {@code amount}: the share, rounded down to the fen. */
        public Money maxDiscount(Money amount) {
            if (amount.isNegative() || amount.isZero()) {
                return Money.ZERO;
            }
            return Money.fen(Math.multiplyExact(amount.fen(), maxSharePercent) / 100);
        }

        /** The most points usable on {@code amount}: whole points whose value stays within the share. */
        public long maxPoints(Money amount) {
            return maxDiscount(amount).fen() / pointValueFen;
        }
    }

    /**
     * The discount of {@code points} on {@code amount} under {@code terms}: 409 {@code points_discount_too_high}
     * (with the most points usable) when it exceeds the tenant's maximum share; no points is no discount.
     */
    public static PointsDiscount of(Money amount, long points, Terms terms) {
        if (points < 0) {
            throw DomainException.invalid(FieldError.of("points", "positive"));
        }
        if (points == 0) {
            return NONE;
        }
        long most = terms.maxPoints(amount);
        if (points > most) {
            throw DomainException.conflict("points_discount_too_high", most);
        }
        return new PointsDiscount(points, Money.fen(Math.multiplyExact(points, terms.pointValueFen())));
    }

    /**
     * The cash to give back when an order is cancelled or refunded: what is still held of the cash paid, less the
     * fee kept; never negative (a fee larger than the cash keeps only the cash).
     */
    public static Money cashBack(Money cashPaid, Money cashRefunded, Money fee) {
        long back = cashPaid.fen() - cashRefunded.fen() - fee.fen();
        return Money.fen(Math.max(0, back));
    }
}
