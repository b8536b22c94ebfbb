package org.linli.tenants.cases;

import org.linli.platform.problem.DomainException;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The case state machine, and nothing else:
 * <pre>
 * REPORTED ─accept→ ACCEPTED ─assign→ ASSIGNED ─start→ IN_PROGRESS ─resolve→ RESOLVED ─close→ CLOSED
 * REPORTED, ACCEPTED ─reject→ REJECTED                  ASSIGNED, IN_PROGRESS ─assign→ ASSIGNED (handed on)
 * RESOLVED ─reopen→ REOPENED ─assign→ ASSIGNED          REOPENED ─start→ IN_PROGRESS (the same handler again)
 * </pre>
 * A case is resolved only while in progress, so every result has a handler; closed and rejected cases accept
 * nothing. Every other combination is refused with {@code invalid_transition} (409).
 */
public final class CaseLifecycle {

    private static final Map<CaseState, Map<CaseAction, CaseState>> MOVES = new EnumMap<>(CaseState.class);

    static {
        move(CaseState.REPORTED, CaseAction.ACCEPT, CaseState.ACCEPTED);
        move(CaseState.REPORTED, CaseAction.REJECT, CaseState.REJECTED);
        move(CaseState.ACCEPTED, CaseAction.ASSIGN, CaseState.ASSIGNED);
        move(CaseState.ACCEPTED, CaseAction.REJECT, CaseState.REJECTED);
        move(CaseState.ASSIGNED, CaseAction.ASSIGN, CaseState.ASSIGNED);
        move(CaseState.ASSIGNED, CaseAction.START, CaseState.IN_PROGRESS);
        move(CaseState.IN_PROGRESS, CaseAction.ASSIGN, CaseState.ASSIGNED);
        move(CaseState.IN_PROGRESS, CaseAction.RESOLVE, CaseState.RESOLVED);
        move(CaseState.RESOLVED, CaseAction.CLOSE, CaseState.CLOSED);
        move(CaseState.RESOLVED, CaseAction.REOPEN, CaseState.REOPENED);
        move(CaseState.REOPENED, CaseAction.ASSIGN, CaseState.ASSIGNED);
        move(CaseState.REOPENED, CaseAction.START, CaseState.IN_PROGRESS);
    }

    private CaseLifecycle() {
    }

    private static void move(CaseState from, CaseAction action, CaseState to) {
        MOVES.computeIfAbsent(from, any -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /** The state after {@code action} in {@code from}, or {@code invalid_transition}. */
    public static CaseState next(CaseState from, CaseAction action) {
        return Optional.ofNullable(MOVES.get(from)).map(moves -> moves.get(action))
                .orElseThrow(() -> DomainException.invalidTransition(from, action.name().toLowerCase()));
    }

    /** Whether {@code action} is possible in {@code from} (which buttons to show). */
    public static boolean allows(CaseState from, CaseAction action) {
        return Optional.ofNullable(MOVES.get(from)).map(moves -> moves.containsKey(action)).orElse(false);
    }
}
