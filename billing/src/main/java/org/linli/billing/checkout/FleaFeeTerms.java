package org.linli.billing.checkout;

import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's platform fee on a flea-market purchase paid online (平台服务费): {@code percentBasisPoints} (1/100 of a
 * percent) of what is released, rounded half up to the fen, plus {@code fixedFen}, never more than what is released.
 * The default is no fee at all. The fee is the platform's revenue: the tenant sets its rate because it runs the
 * market for its residents, but the money is collected in the platform's gateway account and stays there.
 */
public record FleaFeeTerms(int percentBasisPoints, long fixedFen) {

    public static final int WHOLE = 10_000;
    public static final FleaFeeTerms NONE = new FleaFeeTerms(0, 0);

    public FleaFeeTerms {
        List<FieldError> errors = new ArrayList<>();
        if (percentBasisPoints < 0 || percentBasisPoints > WHOLE) {
            errors.add(FieldError.of("percentBasisPoints", "range", 0, WHOLE));
        }
        if (fixedFen < 0) {
            errors.add(FieldError.of("fixedFen", "not_negative"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.toArray(FieldError[]::new));
        }
    }

    /** What the seller receives and what the platform keeps of {@code released}; they add up to it. */
    public record Release(Money seller, Money fee) {

        public Money total() {
            return seller.plus(fee);
        }
    }

    /** Divides {@code released} (what is held, less refunds) between the seller and the fee. */
    public Release release(Money released) {
        if (released.isNegative()) {
            throw new IllegalArgumentException("nothing negative is released: " + released);
        }
        long percent = BigInteger.valueOf(released.fen()).multiply(BigInteger.valueOf(percentBasisPoints))
                .add(BigInteger.valueOf(WHOLE / 2)).divide(BigInteger.valueOf(WHOLE)).longValueExact();
        long fee = released.isZero() ? 0 : Math.min(released.fen(), percent + Math.min(fixedFen, released.fen()));
        return new Release(Money.fen(released.fen() - fee), Money.fen(fee));
    }
}
