package org.linli.tenants.proposals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the caller may know of a proposal's vote. Until the close (and for residents until it is published) only
 * {@code ballotsCast}; afterwards every count: participation by area and by voters, the majorities and the result.
 * Areas are in m² (two decimals); the exact rule works on the integer weights (see {@link Art278Tally}).
 *
 * @param complete whether the counts below are filled in (false: only {@code ballotsCast})
 */
public record Tally(long proposalId, String title, ProposalKind kind, Counting counting, Matter matter,
                    Phase phase, long ballotsCast, boolean complete, BigDecimal eligibleArea, Long eligibleVoters,
                    BigDecimal participatingArea, Long participatingVoters, BigDecimal forArea, Long forVoters,
                    Boolean quorate, Boolean approved, TallyResult result, List<OptionCount> options) {

    /** One option's ballots and, in an owners' decision, their area in m². */
    public record OptionCount(int index, String label, long ballots, BigDecimal area) {
    }

    /** Weight (hundredths of m² times basis points) as m² with two decimals. */
    static BigDecimal squareMetres(Long weight) {
        return weight == null ? null : BigDecimal.valueOf(weight, 6).setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code part / whole} in percent with two decimals, null when there is no whole. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part == null || whole == null || whole.signum() == 0 ? null
                : part.movePointRight(2).divide(whole, 2, RoundingMode.DOWN);
    }
}
