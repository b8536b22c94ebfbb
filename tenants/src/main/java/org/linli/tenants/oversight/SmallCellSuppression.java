package org.linli.tenants.oversight;

import java.util.ArrayList;
import java.util.Arrays;
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
        return new Group(java.util.Collections.nCopies(parts.length, Mark.WITHHELD), parent);
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
