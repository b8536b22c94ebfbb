package org.linli.platform.money;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of Chinese yuan in fen (1 yuan = 100 fen). Never a floating-point number: parsing refuses
 * fractions of a fen instead of rounding them away.
 */
public record Money(long fen) implements Serializable, Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money fen(long fen) {
        return new Money(fen);
    }

    /**
     * Reads an amount in yuan as people write it ({@code 12}, {@code 12.5}, {@code 12.50}, {@code ¥1,200.00});
     * {@code field} names the input in the error.
     */
    public static Money parseYuan(String text, String field) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(FieldError.of(field, "required"));
        }
        String plain = text.trim().replace("¥", "").replace("￥", "").replace(",", "").trim();
        try {
            BigDecimal yuan = new BigDecimal(plain);
            return new Money(yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw DomainException.invalid(FieldError.of(field, "amount"));
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    /** {@code ¥1,234.50}: always the yuan sign and two decimals, in both languages. */
    public String format() {
        return yuan(true, true);
    }

    /** The amount in yuan as a plain decimal, e.g. {@code 1234.50}, for inputs and exports. */
    public String toYuanString() {
        return yuan(false, false);
    }

    /**
     * The amount in yuan, its sign first, then the yuan sign if {@code sign}, thousands grouped by commas if
     * {@code grouped}, and always two decimals. Written with integer arithmetic, not a {@code DecimalFormat}: every
     * price in a catalogue page and every amount of an export's lines is formatted here.
     */
    private String yuan(boolean sign, boolean grouped) {
        // Divided before the sign is dropped: Long.MIN_VALUE has no positive counterpart, a hundredth of it has.
        String whole = Long.toString(Math.abs(fen / 100));
        int cents = (int) Math.abs(fen % 100);
        StringBuilder text = new StringBuilder(whole.length() + whole.length() / 3 + 6);
        if (fen < 0) {
            text.append('-');
        }
        if (sign) {
            text.append('¥');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (grouped && i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(whole.charAt(i));
        }
        return text.append('.').append((char) ('0' + cents / 10)).append((char) ('0' + cents % 10)).toString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return format();
    }
}
