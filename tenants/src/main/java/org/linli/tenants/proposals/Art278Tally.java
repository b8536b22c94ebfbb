package org.linli.tenants.proposals;

/**
 * The double-majority rule of the Civil Code, art. 278, in exact integers: a decision of the owners is valid only
 * when owners holding at least two thirds of the floor area and at least two thirds of the owners took part; it
 * then passes with more than half of the participating area and more than half of the participating owners, or —
 * for the matters of items 6 to 8 ({@link Matter#MAJOR}) — with at least three quarters of both.
 *
 * <p>Areas are in any one integer unit (the proposals use hundredths of a square metre times basis points of
 * ownership) and owners are counts (homes when counting per home). Every comparison is a cross-multiplication, so
 * exactly 2/3 is quorate, exactly 1/2 fails and exactly 3/4 passes, with no rounding anywhere.
 *
 * @param eligibleArea         the floor area of every eligible home
 * @param eligibleOwners       the owners (or homes) entitled to vote
 * @param participatingArea    the area of those who voted (abstentions included)
 * @param participatingOwners  those who voted
 * @param forArea              the area of those who voted for
 * @param forOwners            those who voted for
 * @param matter               ordinary or major (items 6-8)
 */
public record Art278Tally(long eligibleArea, long eligibleOwners, long participatingArea, long participatingOwners,
                          long forArea, long forOwners, Matter matter) {

    public Art278Tally {
        if (eligibleArea < 0 || eligibleOwners < 0 || participatingArea < 0 || participatingOwners < 0
                || forArea < 0 || forOwners < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (participatingArea > eligibleArea || participatingOwners > eligibleOwners || forArea > participatingArea
                || forOwners > participatingOwners) {
            throw new IllegalArgumentException("a part exceeds its whole");
        }
        if (matter == null) {
            throw new IllegalArgumentException("matter");
        }
    }

    /** Whether enough owners took part: ≥ 2/3 of the area and ≥ 2/3 of the owners (and anyone was eligible). */
    public boolean quorate() {
        return eligibleOwners > 0 && eligibleArea > 0
                && atLeast(participatingArea, 2, 3, eligibleArea) && atLeast(participatingOwners, 2, 3, eligibleOwners);
    }

    /** Whether the participating owners approved, by the majority the matter needs (regardless of the quorum). */
    public boolean approved() {
        if (participatingOwners == 0) {
            return false;
        }
        return switch (matter) {
            case ORDINARY -> moreThan(forArea, 1, 2, participatingArea)
                    && moreThan(forOwners, 1, 2, participatingOwners);
            case MAJOR -> atLeast(forArea, 3, 4, participatingArea) && atLeast(forOwners, 3, 4, participatingOwners);
        };
    }

    /** The outcome: not valid without the quorum, else passed or rejected. */
    public TallyResult result() {
        if (!quorate()) {
            return TallyResult.NOT_QUORATE;
        }
        return approved() ? TallyResult.PASSED : TallyResult.REJECTED;
    }

    /** {@code part / whole >= num / den}. */
    private static boolean atLeast(long part, long num, long den, long whole) {
        return Math.multiplyExact(part, den) >= Math.multiplyExact(whole, num);
    }

    /** {@code part / whole > num / den}. */
    private static boolean moreThan(long part, long num, long den, long whole) {
        return Math.multiplyExact(part, den) > Math.multiplyExact(whole, num);
    }
}
