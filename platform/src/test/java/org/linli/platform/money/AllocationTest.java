package org.linli.platform.money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationTest {

    @Property
    void thePartsAlwaysSumToTheTotalAndStayWithinAFenOfTheExactShare(
            @ForAll @LongRange(max = 10_000_000_000_000L) long total,
            @ForAll @Size(min = 1, max = 6) List<@LongRange(max = 1_000_000) Long> weights) {
        long[] w = weights.stream().mapToLong(Long::longValue).toArray();
        if (Arrays.stream(w).sum() == 0) {
            w[0] = 1;
        }
        long[] parts = Allocation.largestRemainder(total, w);
        assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
        BigDecimal sum = BigDecimal.valueOf(Arrays.stream(w).sum());
        for (int i = 0; i < w.length; i++) {
            BigDecimal exact = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(w[i]))
                    .divide(sum, 10, RoundingMode.HALF_EVEN);
            assertThat(parts[i]).isNotNegative();
            assertThat(BigDecimal.valueOf(parts[i]).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        }
    }

    @Test
    void leftoverFenGoToTheLargestRemaindersThenToTheEarlierParts() {
        assertThat(Allocation.largestRemainder(100, 1, 1, 1)).containsExactly(34, 33, 33);
        assertThat(Allocation.largestRemainder(10, 3, 7)).containsExactly(3, 7);
        assertThat(Allocation.largestRemainder(5, 1, 2)).containsExactly(2, 3);
        assertThat(Allocation.largestRemainder(0, 3, 7)).containsExactly(0, 0);
        assertThat(Allocation.largestRemainder(7, 0, 5)).containsExactly(0, 7);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> Allocation.largestRemainder(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocation.largestRemainder(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocation.largestRemainder(1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
