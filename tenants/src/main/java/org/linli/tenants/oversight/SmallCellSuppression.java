package org.linli.tenants.oversight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Hides the cells of one additive group (parts and the total they add up to) that would let a reader single out
 * fewer than {@value #THRESHOLD} persons or households — the figures are usable, the people invisible (可用不可见).
 *
 * <p>A part below the threshold is {@link Mark#SMALL} (shown as "&lt;5"). Hiding it alone is not enough: the total
 * minus the visible parts would give it back. So, while any hidden cell can still be worked out from the published
 * figures (the visible parts, the total, and what each label says: a small cell is 0 to 4, a complementary one at
 * least 5), the next smallest visible part is hidden too as {@link Mark#COMPLEMENT}; with no part left, the total.
 * A total below the threshold is small itself.
 *
 * <p>Groups nest: a tenant's communities add up to the tenant's cell of the jurisdiction's table. Under a hidden
 * parent cell every part is {@link Mark#WITHHELD} (visible parts would add up to it, and even "&lt;5" labels would
 * bound it); under a shown parent that the parts cannot protect alone, likewise.
 *
 * <p>Money is guarded by who makes it up rather than by its size: see {@link #guarded(long[], long[])}.
 */
public final class SmallCellSuppression {

    /** The smallest count of persons or households that may be shown. */
    public static final int THRESHOLD = 5;

    private SmallCellSuppression() {
    }

    /** How a cell is published. */
    public enum Mark {
        SHOWN,
        /** Fewer than {@value #THRESHOLD}: shown as "&lt;5". */
        SMALL,
        /** Hidden only so that a small cell cannot be worked out from the others (it holds 5 or more). */
        COMPLEMENT,
        /** Hidden with no hint of its size, because the total it belongs to is fixed elsewhere. */
        WITHHELD;

        public boolean hidden() {
            return this != SHOWN;
        }
    }

    /** The marks of a group's parts (in the given order) and of its total. */
    public record Group(List<Mark> parts, Mark total) {
        public Group {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Suppression of {@code parts} whose total is published elsewhere (the parent table) and marked {@code parent}
     * there: a hidden parent withholds every part; a shown one that the parts cannot protect alone too.
     */
    public static Group apply(Mark parent, long... parts) {
        if (!parent.hidden()) {
            Group own = apply(parts);
            if (!own.total().hidden()) {
                return own;
            }
        }
        return new Group(Collections.nCopies(parts.length, Mark.WITHHELD), parent);
    }

    /** Suppression of {@code parts} whose total (their sum) is published with them. */
    public static Group apply(long... parts) {
        for (long part : parts) {
            if (part < 0) {
                throw new IllegalArgumentException("a count is never negative: " + part);
            }
        }
        Mark[] marks = new Mark[parts.length];
        long sum = Arrays.stream(parts).sum();
        for (int i = 0; i < parts.length; i++) {
            marks[i] = parts[i] < THRESHOLD ? Mark.SMALL : Mark.SHOWN;
        }
        if (sum < THRESHOLD) {
            return new Group(Arrays.asList(marks), Mark.SMALL);
        }
        while (anyRecoverable(parts, marks)) {
            int next = smallestShown(parts, marks);
            if (next < 0) {
                return new Group(Arrays.asList(marks), Mark.COMPLEMENT);
            }
            marks[next] = Mark.COMPLEMENT;
        }
        return new Group(Arrays.asList(marks), Mark.SHOWN);
    }

    /**
     * Suppression of money cells ({@code values}, with the total they add up to) by who makes them up: a cell that
     * fewer than {@value #THRESHOLD} providers or payers ({@code contributors}) make up would tell what those few
     * earned or spent, so it is {@link Mark#SMALL} (a cell with neither contributors nor money holds nothing and is
     * shown). Money has no range a label could promise, so a hidden cell is safe when it lies in the hidden cells'
     * sum with a cell that {@value #THRESHOLD} or more make up and that is not all zero: neither a reader nor one of
     * the few contributors, who knows their own part, can then take it out. That {@link Mark#COMPLEMENT} is the
     * smallest such cell holding at least what it protects (else the largest), so that the two could as well be the
     * other way round. With none to hide, the total goes. A total that no cell of {@value #THRESHOLD} or more
     * contributors makes up may have fewer than that in all (one provider can serve every module), so it is small.
     */
    public static Group guarded(long[] values, long[] contributors) {
        if (values.length != contributors.length) {
            throw new IllegalArgumentException("a value and a contributor count per cell");
        }
        Mark[] marks = new Mark[values.length];
        boolean anySensitive = false;
        boolean anyLarge = false;
        long protect = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || contributors[i] < 0) {
                throw new IllegalArgumentException("money and contributors are never negative");
            }
            boolean sensitive = sensitive(values[i], contributors[i]);
            marks[i] = sensitive ? Mark.SMALL : Mark.SHOWN;
            anySensitive |= sensitive;
            anyLarge |= contributors[i] >= THRESHOLD;
            protect += sensitive ? values[i] : 0;
        }
        if (!anySensitive) {
            return new Group(Arrays.asList(marks), Mark.SHOWN);
        }
        if (!anyLarge) {
            return new Group(Arrays.asList(marks), Mark.SMALL);
        }
        int complement = -1;
        for (int i = 0; i < values.length; i++) {
            if (contributors[i] < THRESHOLD || values[i] == 0) {
                continue;
            }
            if (complement < 0) {
                complement = i;
            } else if (values[complement] < protect ? values[i] > values[complement]
                    : values[i] >= protect && values[i] < values[complement]) {
                complement = i;
            }
        }
        if (complement < 0) {
            return new Group(Arrays.asList(marks), Mark.COMPLEMENT);
        }
        marks[complement] = Mark.COMPLEMENT;
        return new Group(Arrays.asList(marks), Mark.SHOWN);
    }

    /**
     * {@link #guarded(long[], long[])} of money cells whose total is published elsewhere and marked {@code parent}
     * there: a hidden parent withholds every cell; a shown one that the cells cannot protect alone too.
     */
    public static Group guarded(Mark parent, long[] values, long[] contributors) {
        if (!parent.hidden()) {
            Group own = guarded(values, contributors);
            if (!own.total().hidden()) {
                return own;
            }
        }
        return new Group(Collections.nCopies(values.length, Mark.WITHHELD), parent);
    }

    /** Whether a money cell made up by {@code contributors} would tell what fewer than the threshold did. */
    public static boolean sensitive(long value, long contributors) {
        return contributors < THRESHOLD && (contributors > 0 || value != 0);
    }

    /**
     * Whether a reader who knows the hidden cells' sum and each one's range (0–4 when small, 5 or more when
     * complementary) can pin any of them to one value. With one linear equation over bounded integers, a cell's
     * possible values are exactly the integers between the sum less the others' maximum and the sum less their
     * minimum, clipped to its own range.
     */
    static boolean anyRecoverable(long[] parts, Mark[] marks) {
        List<Integer> hidden = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < parts.length; i++) {
            if (marks[i].hidden()) {
                hidden.add(i);
                sum += parts[i];
            }
        }
        if (hidden.isEmpty()) {
            return false;
        }
        long lowAll = 0;
        long highAll = 0;
        boolean unbounded = false;
        for (int i : hidden) {
            lowAll += low(marks[i]);
            if (marks[i] == Mark.COMPLEMENT) {
                unbounded = true;
            } else {
                highAll += THRESHOLD - 1;
            }
        }
        for (int i : hidden) {
            long othersLow = lowAll - low(marks[i]);
            boolean othersUnbounded = unbounded && countComplements(hidden, marks) - (marks[i] == Mark.COMPLEMENT
                    ? 1 : 0) > 0;
            long othersHigh = highAll - (marks[i] == Mark.SMALL ? THRESHOLD - 1 : 0);
            long min = Math.max(low(marks[i]), othersUnbounded ? low(marks[i]) : sum - othersHigh);
            long max = Math.min(high(marks[i]), sum - othersLow);
            if (min >= max) {
                return true;
            }
        }
        return false;
    }

    private static long countComplements(List<Integer> hidden, Mark[] marks) {
        return hidden.stream().filter(i -> marks[i] == Mark.COMPLEMENT).count();
    }

    private static long low(Mark mark) {
        return mark == Mark.COMPLEMENT ? THRESHOLD : 0;
    }

    private static long high(Mark mark) {
        return mark == Mark.COMPLEMENT ? Long.MAX_VALUE : THRESHOLD - 1;
    }

    private static int smallestShown(long[] parts, Mark[] marks) {
        int best = -1;
        for (int i = 0; i < parts.length; i++) {
            if (marks[i] == Mark.SHOWN && (best < 0 || parts[i] < parts[best])) {
                best = i;
            }
        }
        return best;
    }
}
