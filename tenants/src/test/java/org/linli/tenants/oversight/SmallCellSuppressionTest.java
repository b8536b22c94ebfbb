package org.linli.tenants.oversight;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.linli.tenants.oversight.SmallCellSuppression.Group;
import org.linli.tenants.oversight.SmallCellSuppression.Mark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.tenants.oversight.SmallCellSuppression.Mark.COMPLEMENT;
import static org.linli.tenants.oversight.SmallCellSuppression.Mark.SHOWN;
import static org.linli.tenants.oversight.SmallCellSuppression.Mark.SMALL;
import static org.linli.tenants.oversight.SmallCellSuppression.Mark.WITHHELD;

class SmallCellSuppressionTest {

    /**
     * The attack: a reader knows the visible parts, the total when it is shown, and what each label promises (a
     * small cell holds 0 to 4, a complementary one 5 or more), and tries every table that fits. Each hidden cell
     * must still have at least two possible values.
     */
    @Property(tries = 2000)
    void noHiddenCellCanBeWorkedOutFromTheTotalAndTheVisibleCells(
            @ForAll @Size(min = 1, max = 6) List<@LongRange(max = 14) Long> values) {
        long[] parts = values.stream().mapToLong(Long::longValue).toArray();
        Group group = SmallCellSuppression.apply(parts);

        for (int i = 0; i < parts.length; i++) {
            Mark mark = group.parts().get(i);
            if (parts[i] < SmallCellSuppression.THRESHOLD) {
                assertThat(mark).as("a part below the threshold is small").isEqualTo(SMALL);
            }
            if (mark.hidden()) {
                assertThat(possibleValues(parts, group, i)).as("possible values of hidden part %d of %s", i, values)
                        .hasSizeGreaterThan(1);
            }
        }
    }

    @Property(tries = 500)
    void partsUnderAHiddenParentAreWithheldWithoutAHintOfTheirSize(
            @ForAll @Size(min = 1, max = 6) List<@LongRange(max = 40) Long> values) {
        long[] parts = values.stream().mapToLong(Long::longValue).toArray();
        Group group = SmallCellSuppression.apply(COMPLEMENT, parts);
        assertThat(group.parts()).containsOnly(WITHHELD);
        assertThat(group.total()).isEqualTo(COMPLEMENT);
    }

    /** Under a parent cell shown elsewhere, the same attack with that total known. */
    @Property(tries = 2000)
    void noHiddenCellUnderAShownParentCanBeWorkedOut(
            @ForAll @Size(min = 1, max = 6) List<@LongRange(max = 14) Long> values) {
        long[] parts = values.stream().mapToLong(Long::longValue).toArray();
        // A parent cell is only ever shown when it holds at least the threshold.
        Assume.that(Arrays.stream(parts).sum() >= SmallCellSuppression.THRESHOLD);
        Group group = SmallCellSuppression.apply(SHOWN, parts);
        assertThat(group.total()).isEqualTo(SHOWN);
        for (int i = 0; i < parts.length; i++) {
            if (group.parts().get(i).hidden()) {
                assertThat(possibleValues(parts, group, i)).as("possible values of hidden part %d of %s", i, values)
                        .hasSizeGreaterThan(1);
            }
        }
    }

    @Test
    void oneSmallCellTakesTheNextSmallestWithIt() {
        Group group = SmallCellSuppression.apply(120, 3, 40, 17);
        assertThat(group.parts()).containsExactly(SHOWN, SMALL, SHOWN, COMPLEMENT);
        assertThat(group.total()).isEqualTo(SHOWN);
    }

    @Test
    void twoSmallCellsProtectEachOtherUnlessTheirSumGivesThemAway() {
        assertThat(SmallCellSuppression.apply(50, 2, 3).parts()).containsExactly(SHOWN, SMALL, SMALL);
        // 4 + 4 = 8 is only possible as 4 and 4, so a third cell must go.
        assertThat(SmallCellSuppression.apply(50, 4, 4).parts()).containsExactly(COMPLEMENT, SMALL, SMALL);
    }

    @Test
    void aSmallCellAloneHidesTheTotal() {
        assertThat(SmallCellSuppression.apply(3)).isEqualTo(new Group(List.of(SMALL), SMALL));
        Group group = SmallCellSuppression.apply(0, 5);
        assertThat(group.parts()).containsExactly(SMALL, COMPLEMENT);
        assertThat(group.total()).isEqualTo(COMPLEMENT);
        assertThat(SmallCellSuppression.apply(SHOWN, 0, 5).parts()).containsExactly(WITHHELD, WITHHELD);
    }

    @Test
    void largeCellsAreAllShown() {
        assertThat(SmallCellSuppression.apply(5, 6, 700)).isEqualTo(new Group(List.of(SHOWN, SHOWN, SHOWN), SHOWN));
    }

    /**
     * The attack on money: a reader knows the visible cells and the total when it is shown, and, being one of the
     * few contributors of every other small cell, what those hold too. Whatever stays unknown besides the cell they
     * aim at must be a cell of five or more contributors, and not all zero, so that the aim could still be anything
     * from nothing to what is left.
     */
    @Property(tries = 3000)
    void noHiddenMoneyCanBeTakenOutEvenByTheFewWhoMadeTheOtherSmallCells(
            @ForAll @Size(min = 1, max = 6) List<@LongRange(max = 30) Long> amounts,
            @ForAll @Size(min = 1, max = 6) List<@LongRange(max = 8) Long> counts) {
        int size = Math.min(amounts.size(), counts.size());
        long[] values = amounts.stream().limit(size).mapToLong(Long::longValue).toArray();
        long[] contributors = counts.stream().limit(size).mapToLong(Long::longValue).toArray();
        Group group = SmallCellSuppression.guarded(values, contributors);

        assertMoneyProtected(values, contributors, group, !group.total().hidden());
    }

    @Property(tries = 1000)
    void moneyUnderAHiddenParentIsWithheldAndUnderAShownOneProtectedAgainstItsTotal(
            @ForAll @Size(min = 1, max = 6) List<@LongRange(max = 30) Long> amounts,
            @ForAll @Size(min = 1, max = 6) List<@LongRange(max = 8) Long> counts) {
        int size = Math.min(amounts.size(), counts.size());
        long[] values = amounts.stream().limit(size).mapToLong(Long::longValue).toArray();
        long[] contributors = counts.stream().limit(size).mapToLong(Long::longValue).toArray();

        Group hidden = SmallCellSuppression.guarded(COMPLEMENT, values, contributors);
        assertThat(hidden.parts()).containsOnly(WITHHELD);
        Group shown = SmallCellSuppression.guarded(SHOWN, values, contributors);
        assertThat(shown.total()).isEqualTo(SHOWN);
        assertMoneyProtected(values, contributors, shown, true);
    }

    private static void assertMoneyProtected(long[] values, long[] contributors, Group group, boolean totalKnown) {
        for (int i = 0; i < values.length; i++) {
            Mark mark = group.parts().get(i);
            if (SmallCellSuppression.sensitive(values[i], contributors[i])) {
                assertThat(mark).as("money of fewer than five is hidden").isIn(SMALL, WITHHELD);
            } else {
                assertThat(mark).as("money of five or more is only hidden for another").isNotEqualTo(SMALL);
            }
            // A complementary cell may be worked out by one of the few: five or more made it up.
            if (!SmallCellSuppression.sensitive(values[i], contributors[i]) || !totalKnown || allWithheld(group)) {
                continue;
            }
            long unknownOthers = 0;
            long left = values[i];
            for (int j = 0; j < values.length; j++) {
                if (j != i && group.parts().get(j).hidden() && contributors[j] >= SmallCellSuppression.THRESHOLD) {
                    unknownOthers++;
                    left += values[j];
                }
            }
            assertThat(unknownOthers).as("cells hiding %d of %s / %s", i, Arrays.toString(values),
                    Arrays.toString(contributors)).isPositive();
            assertThat(left).as("what is left around %d is not all zero", i).isPositive();
        }
    }

    private static boolean allWithheld(Group group) {
        return group.parts().stream().allMatch(m -> m == WITHHELD);
    }

    @Test
    void moneyOfOneProviderHidesWithTheSmallestModuleThatCouldHoldAsMuch() {
        Group group = SmallCellSuppression.guarded(new long[] {50_000, 800, 120_000, 90_000},
                new long[] {1, 6, 9, 12});
        assertThat(group.parts()).containsExactly(SMALL, SHOWN, SHOWN, COMPLEMENT);
        assertThat(group.total()).isEqualTo(SHOWN);
        // Nothing as large: the largest goes.
        assertThat(SmallCellSuppression.guarded(new long[] {50_000, 800, 1_200}, new long[] {2, 6, 9}).parts())
                .containsExactly(SMALL, SHOWN, COMPLEMENT);
    }

    @Test
    void moneyThatOnlyFewMakeUpHidesItsTotalAndNothingIsHiddenForNothing() {
        assertThat(SmallCellSuppression.guarded(new long[] {500, 800}, new long[] {2, 3}))
                .isEqualTo(new Group(List.of(SMALL, SMALL), SMALL));
        // The only cell of five or more holds nothing: it could not hide anything, so the total goes.
        assertThat(SmallCellSuppression.guarded(new long[] {500, 0}, new long[] {2, 7}))
                .isEqualTo(new Group(List.of(SMALL, SHOWN), COMPLEMENT));
        assertThat(SmallCellSuppression.guarded(new long[] {0, 300}, new long[] {0, 6}))
                .isEqualTo(new Group(List.of(SHOWN, SHOWN), SHOWN));
        assertThat(SmallCellSuppression.guarded(SHOWN, new long[] {500, 800}, new long[] {2, 3}).parts())
                .containsExactly(WITHHELD, WITHHELD);
    }

    /** Every value hidden part {@code index} can take in a table that publishes exactly what {@code group} does. */
    private static Set<Long> possibleValues(long[] parts, Group group, int index) {
        Set<Long> values = new HashSet<>();
        if (group.total().hidden()) {
            // Nothing ties the hidden cells together: each ranges over its label's whole range.
            values.add(low(group.parts().get(index)));
            values.add(low(group.parts().get(index)) + 1);
            return values;
        }
        long hiddenSum = 0;
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (group.parts().get(i).hidden()) {
                hidden.add(i);
                hiddenSum += parts[i];
            }
        }
        enumerate(group, hidden, 0, hiddenSum, new long[parts.length], index, values);
        return values;
    }

    private static void enumerate(Group group, List<Integer> hidden, int at, long left, long[] chosen, int index,
                                  Set<Long> values) {
        if (at == hidden.size()) {
            if (left == 0) {
                values.add(chosen[index]);
            }
            return;
        }
        int cell = hidden.get(at);
        Mark mark = group.parts().get(cell);
        long high = mark == SMALL ? Math.min(SmallCellSuppression.THRESHOLD - 1, left) : left;
        if (at == hidden.size() - 1) {
            // The last hidden cell takes what is left, if its label allows it.
            if (left >= low(mark) && left <= high) {
                chosen[cell] = left;
                values.add(chosen[index]);
            }
            return;
        }
        for (long v = low(mark); v <= high; v++) {
            chosen[cell] = v;
            enumerate(group, hidden, at + 1, left - v, chosen, index, values);
        }
    }

    private static long low(Mark mark) {
        return mark == COMPLEMENT ? SmallCellSuppression.THRESHOLD : 0; // WITHHELD: anything from 0
    }
}
