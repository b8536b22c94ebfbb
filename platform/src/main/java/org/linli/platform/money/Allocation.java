package org.linli.platform.money;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Dividing a whole number of fen in given proportions so that the parts always add up to the whole: each part gets
 * the floor of its exact share, and the fen left over go one each to the parts with the largest remainders (ties to
 * the earlier part). The result never depends on floating point.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Splits {@code total} (≥ 0) by {@code weights} (each ≥ 0, not all zero). Part {@code i} is within one fen of
     * {@code total × weight[i] / Σweights}, and the parts sum to {@code total} exactly.
     */
    public static long[] largestRemainder(long total, long... weights) {
        if (total < 0) {
            throw new IllegalArgumentException("negative total " + total);
        }
        if (weights.length == 0 || Arrays.stream(weights).anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("weights must be non-negative: " + Arrays.toString(weights));
        }
        long sum = Arrays.stream(weights).sum();
        if (sum == 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        long[] parts = new long[weights.length];
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            // total × weight may exceed a long for large amounts; the exact product in 128 bits avoids rounding.
            BigInteger[] division = BigInteger.valueOf(total)
                    .multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(BigInteger.valueOf(sum));
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1].longValueExact();
            given += parts[i];
        }
        long left = total - given;
        int[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < left; k++) {
            parts[order[k]]++;
        }
        return parts;
    }
}
