package org.linli.tenants.registry.residents;

import java.util.Collection;

/**
 * Who owns a home (业主) and how much of it: owners are residents of the home's household flagged as such, each with
 * a share in basis points; the shares of one home's owners add up to at most {@link #WHOLE} (100 %). Less than the
 * whole is allowed, because a co-owner may not (yet) be in the registry. Owners and floor areas are what an owners'
 * decision under the Civil Code (art. 278) counts.
 */
public final class Ownership {

    /** 100 % in basis points. */
    public static final int WHOLE = 10_000;

    private Ownership() {
    }

    /** Whether {@code shares} (basis points) fit in one home. */
    public static boolean fits(Collection<Integer> shares) {
        long sum = 0;
        for (Integer share : shares) {
            if (share == null || share <= 0) {
                return false;
            }
            sum += share;
        }
        return sum <= WHOLE;
    }
}
