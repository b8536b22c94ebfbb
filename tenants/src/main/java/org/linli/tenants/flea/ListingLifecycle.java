package org.linli.tenants.flea;

import org.linli.platform.problem.DomainException;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The listing state machine, and nothing else:
 * <pre>
 * DRAFT ─publish→ PUBLISHED ─reserve→ RESERVED ─sell→ SOLD
 *                 PUBLISHED ←release─ RESERVED          (a reservation declined, cancelled or lapsed)
 * DRAFT, PUBLISHED ─withdraw→ WITHDRAWN                 PUBLISHED ─expire→ EXPIRED ─renew→ PUBLISHED
 * PUBLISHED ─renew→ PUBLISHED (another 30 days)
 * </pre>
 * A reserved listing is neither withdrawn nor expired: the reservation ends first. Only a reserved listing is sold,
 * so every sale has its reservation. Every other combination is refused with {@code invalid_transition}.
 */
public final class ListingLifecycle {

    private static final Map<ListingStatus, Map<ListingAction, ListingStatus>> MOVES =
            new EnumMap<>(ListingStatus.class);

    static {
        move(ListingStatus.DRAFT, ListingAction.PUBLISH, ListingStatus.PUBLISHED);
        move(ListingStatus.DRAFT, ListingAction.WITHDRAW, ListingStatus.WITHDRAWN);
        move(ListingStatus.PUBLISHED, ListingAction.RESERVE, ListingStatus.RESERVED);
        move(ListingStatus.PUBLISHED, ListingAction.WITHDRAW, ListingStatus.WITHDRAWN);
        move(ListingStatus.PUBLISHED, ListingAction.EXPIRE, ListingStatus.EXPIRED);
        move(ListingStatus.PUBLISHED, ListingAction.RENEW, ListingStatus.PUBLISHED);
        move(ListingStatus.RESERVED, ListingAction.RELEASE, ListingStatus.PUBLISHED);
        move(ListingStatus.RESERVED, ListingAction.SELL, ListingStatus.SOLD);
        move(ListingStatus.EXPIRED, ListingAction.RENEW, ListingStatus.PUBLISHED);
        move(ListingStatus.EXPIRED, ListingAction.WITHDRAW, ListingStatus.WITHDRAWN);
    }

    private ListingLifecycle() {
    }

    private static void move(ListingStatus from, ListingAction action, ListingStatus to) {
        MOVES.computeIfAbsent(from, any -> new EnumMap<>(ListingAction.class)).put(action, to);
    }

    /** The state after {@code action} in {@code from}, or {@code invalid_transition}. */
    public static ListingStatus next(ListingStatus from, ListingAction action) {
        return Optional.ofNullable(MOVES.get(from)).map(moves -> moves.get(action))
                .orElseThrow(() -> DomainException.invalidTransition(from, action.name().toLowerCase()));
    }

    /** Whether {@code action} is possible in {@code from} (what buttons to show). */
    public static boolean allows(ListingStatus from, ListingAction action) {
        return Optional.ofNullable(MOVES.get(from)).map(moves -> moves.containsKey(action)).orElse(false);
    }
}
