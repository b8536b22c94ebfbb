package org.linli.tenants.cases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.linli.platform.problem.DomainException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever acts arrive in whatever order, a case only reaches states its lifecycle allows: a refused act answers
 * {@code invalid_transition} and leaves the state as it was, closed and rejected cases accept nothing, only a case in
 * progress is resolved, only a resolved one is closed or reopened, and only a fresh or accepted one is rejected.
 */
class CaseLifecycleTest {

    @Property(tries = 3000)
    void noActionSequenceReachesAnInvalidState(@ForAll @Size(max = 40) List<CaseAction> actions) {
        CaseState state = CaseState.REPORTED;
        boolean everAccepted = false;
        boolean everResolved = false;
        for (CaseAction action : actions) {
            CaseState before = state;
            if (!CaseLifecycle.allows(state, action)) {
                assertThatThrownBy(() -> CaseLifecycle.next(before, action))
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid_transition");
                continue;
            }
            state = CaseLifecycle.next(state, action);
            assertThat(before.isFinal()).as("left final %s by %s", before, action).isFalse();
            assertThat(state).as("nothing goes back to reported").isNotEqualTo(CaseState.REPORTED);
            everAccepted |= state == CaseState.ACCEPTED;
            everResolved |= state == CaseState.RESOLVED;
            switch (state) {
                case RESOLVED -> assertThat(before).as("resolved without work").isEqualTo(CaseState.IN_PROGRESS);
                case CLOSED, REOPENED -> assertThat(before).isEqualTo(CaseState.RESOLVED);
                case REJECTED -> assertThat(before).isIn(CaseState.REPORTED, CaseState.ACCEPTED);
                case IN_PROGRESS -> assertThat(before).isIn(CaseState.ASSIGNED, CaseState.REOPENED);
                case ASSIGNED -> assertThat(everAccepted).as("assigned before acceptance").isTrue();
                default -> {
                }
            }
            if (state == CaseState.CLOSED || state == CaseState.REOPENED) {
                assertThat(everResolved).isTrue();
            }
        }
    }

    @Property
    void closedAndRejectedCasesAcceptNothing(@ForAll CaseAction action) {
        assertThat(CaseLifecycle.allows(CaseState.CLOSED, action)).isFalse();
        assertThat(CaseLifecycle.allows(CaseState.REJECTED, action)).isFalse();
    }
}
