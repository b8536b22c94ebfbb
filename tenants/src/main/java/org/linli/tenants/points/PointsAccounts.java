package org.linli.tenants.points;

import org.linli.platform.ledger.LedgerAccount;
import org.linli.tenants.registry.residents.ResidentId;

/**
 * The ledger accounts of a tenant's points, all in {@code Asset.POINTS}. A member's account is what the tenant owes
 * them, so it is credited (negative) as points are awarded: a member's balance is the negated sum of its lines, and
 * always equals the remaining points of the member's unexpired lots. The issuing account is debited by every award,
 * so its balance is every point ever issued; points leave circulation to {@link #REDEEMED} or {@link #EXPIRED}.
 */
public final class PointsAccounts {

    /** Debited by every award. */
    public static final LedgerAccount ISSUE = LedgerAccount.of("points:issue");
    /** Credited when points are spent (mall rewards, discounts) and debited when they are given back. */
    public static final LedgerAccount REDEEMED = LedgerAccount.of("points:redeemed");
    /** Credited with the remainder of every lot at the close of its expiry day. */
    public static final LedgerAccount EXPIRED = LedgerAccount.of("points:expired");

    /** Prefix and suffix of member accounts, for liability queries over all members. */
    static final String MEMBER_PATTERN = "resident:%:points";

    private PointsAccounts() {
    }

    /** A member's points account. */
    public static LedgerAccount member(ResidentId resident) {
        return LedgerAccount.of("resident:" + resident.value() + ":points");
    }
}
