package org.linli.billing.commission;

import org.linli.platform.money.Allocation;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of a payment is commission, and who shares it. The commission is {@code percent} (in basis points,
 * 1/100 of a percent) of the amount paid, rounded half up to the fen, plus a fixed fee, then held between the
 * minimum and the maximum and never more than the amount paid. The platform takes {@code platformShare} (basis
 * points) of the commission and the tenant the rest, divided by largest remainder; the provider keeps everything
 * that is not commission. A free order (0 fen) splits into three zeros.
 */
public record CommissionTerms(int percentBasisPoints, long fixedFen, long minimumFen, Long maximumFen,
                              int platformShareBasisPoints) {

    public static final int WHOLE = 10_000;
    public static final CommissionTerms NONE = new CommissionTerms(0, 0, 0, null, 0);

    public CommissionTerms {
        List<FieldError> errors = new ArrayList<>();
        if (percentBasisPoints < 0 || percentBasisPoints > WHOLE) {
            errors.add(FieldError.of("percentBasisPoints", "range", 0, WHOLE));
        }
        if (fixedFen < 0) {
            errors.add(FieldError.of("fixedFen", "not_negative"));
        }
        if (minimumFen < 0) {
            errors.add(FieldError.of("minimumFen", "not_negative"));
        }
        if (maximumFen != null && maximumFen < minimumFen) {
            errors.add(FieldError.of("maximumFen", "not_below_minimum"));
        }
        if (platformShareBasisPoints < 0 || platformShareBasisPoints > WHOLE) {
            errors.add(FieldError.of("platformShareBasisPoints", "range", 0, WHOLE));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.toArray(FieldError[]::new));
        }
    }

    /** The commission on {@code paid}: percentage plus fixed fee, clamped to [minimum, maximum] and to {@code paid}. */
    public Money commissionOn(Money paid) {
        if (paid.fen() <= 0) {
            return Money.ZERO;
        }
        long percent = BigInteger.valueOf(paid.fen()).multiply(BigInteger.valueOf(
                        percentBasisPoints)).add(BigInteger.valueOf(WHOLE / 2))
                .divide(BigInteger.valueOf(WHOLE)).longValueExact();
        long commission = Math.max(percent + fixedFen, minimumFen);
        if (maximumFen != null) {
            commission = Math.min(commission, maximumFen);
        }
        return Money.fen(Math.min(commission, paid.fen()));
    }

    /** The three parts of {@code paid}; they always add up to it and none is negative. */
    public Split split(Money paid) {
        Money commission = commissionOn(paid);
        long[] shares = commission.isZero() ? new long[]{0, 0}
                : Allocation.largestRemainder(commission.fen(), platformShareBasisPoints,
                WHOLE - platformShareBasisPoints);
        return new Split(Money.fen(shares[0]), Money.fen(shares[1]), paid.minus(commission));
    }
}
