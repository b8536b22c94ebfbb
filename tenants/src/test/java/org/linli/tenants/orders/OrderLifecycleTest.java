package org.linli.tenants.orders;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever commands arrive in whatever order, an order only ever reaches states the lifecycle allows: each refused
 * command leaves the state as it was, final states accept nothing, a rejected refund request returns exactly to
 * where it was made, and only an unpaid order expires (cancelled, by no party's choice).
 */
class OrderLifecycleTest {

    private static final Set<OrderStatus> REACHABLE_AFTER_PAYMENT =
            EnumSet.complementOf(EnumSet.of(OrderStatus.PLACED));

    @Property(tries = 2000)
    void noCommandSequenceReachesAnInvalidState(@ForAll("commands") List<OrderAction> commands) {
        OrderStatus state = OrderStatus.PLACED;
        OrderStatus refundFrom = null;
        boolean paid = false;
        for (OrderAction action : commands) {
            OrderStatus before = state;
            if (!OrderLifecycle.allows(state, action) || (action == OrderAction.REJECT_REFUND && refundFrom == null)) {
                OrderStatus current = state;
                OrderStatus requested = refundFrom;
                assertThatThrownBy(() -> OrderLifecycle.next(current, action, requested))
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid_transition");
                continue;
            }
            state = OrderLifecycle.next(state, action, refundFrom);
            assertThat(before.isFinal()).as("left final state %s by %s", before, action).isFalse();
            if (state == OrderStatus.REFUND_REQUESTED) {
                assertThat(before).isIn(OrderStatus.PAID, OrderStatus.ACCEPTED, OrderStatus.COMPLETED);
                refundFrom = before;
            } else if (before == OrderStatus.REFUND_REQUESTED && action == OrderAction.REJECT_REFUND) {
                assertThat(state).isEqualTo(refundFrom);
                refundFrom = null;
            }
            paid |= action == OrderAction.PAY;
            if (REACHABLE_AFTER_PAYMENT.contains(state) && state != OrderStatus.CANCELLED) {
                assertThat(paid).as("%s without payment", state).isTrue();
            }
            if (state == OrderStatus.REVIEWED) {
                assertThat(before).isEqualTo(OrderStatus.COMPLETED);
            }
            if (state == OrderStatus.REFUNDED) {
                assertThat(before).isEqualTo(OrderStatus.REFUND_REQUESTED);
            }
            if (action == OrderAction.EXPIRE) {
                assertThat(before).as("only an unpaid order expires").isEqualTo(OrderStatus.PLACED);
                assertThat(state).isEqualTo(OrderStatus.CANCELLED);
            }
        }
    }

    @Property
    void finalStatesAcceptNothing(@ForAll("finalStates") OrderStatus state, @ForAll OrderAction action) {
        assertThat(OrderLifecycle.allows(state, action)).isFalse();
        assertThatThrownBy(() -> OrderLifecycle.next(state, action, null)).isInstanceOf(DomainException.class);
    }

    @Property
    void noPartyChoosesExpiryWhichEndsOnlyAnUnpaidOrder(@ForAll OrderParty party, @ForAll OrderStatus state) {
        assertThat(OrderAction.EXPIRE.allows(party)).isFalse();
        assertThat(OrderLifecycle.allows(state, OrderAction.EXPIRE)).isEqualTo(state == OrderStatus.PLACED);
    }

    @Property
    void everyPathNameLeadsBackToItsAction(@ForAll OrderAction action) {
        assertThat(OrderAction.ofPath(action.pathName())).contains(action);
    }

    @Provide
    Arbitrary<List<OrderAction>> commands() {
        return Arbitraries.of(OrderAction.class).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<OrderStatus> finalStates() {
        return Arbitraries.of(OrderStatus.REVIEWED, OrderStatus.CANCELLED, OrderStatus.REFUNDED);
    }
    @Property
    void whoMayOnlyLookOrdersOverIsOfferedNothing(@ForAll OrderStatus status, @ForAll OrderParty party,
                                                  @ForAll boolean free) {
        assertThat(OrderLifecycle.available(status, party, free, false)).isEmpty();
    }

    @Property
    void everyActionOfferedIsTheCallersAndPossibleNow(@ForAll OrderStatus status, @ForAll OrderParty party,
                                                      @ForAll boolean free) {
        assertThat(OrderLifecycle.available(status, party, free, true)).allSatisfy(action -> {
            assertThat(action.allows(party)).isTrue();
            assertThat(OrderLifecycle.allows(status, action)).isTrue();
        });
    }

    @Test
    void anOperatorMayCancelWhatIsNotYetServedAndNothingOnceItIsDone() {
        assertThat(OrderLifecycle.available(OrderStatus.PAID, OrderParty.OPERATOR, false, true))
                .containsExactly(OrderAction.CANCEL);
        assertThat(OrderLifecycle.available(OrderStatus.COMPLETED, OrderParty.OPERATOR, false, true)).isEmpty();
        assertThat(OrderLifecycle.available(OrderStatus.IN_SERVICE, OrderParty.OPERATOR, false, true)).isEmpty();
        assertThat(OrderLifecycle.available(OrderStatus.REFUND_REQUESTED, OrderParty.OPERATOR, false, true))
                .containsExactly(OrderAction.REFUND, OrderAction.REJECT_REFUND);
        assertThat(OrderLifecycle.available(OrderStatus.PAID, OrderParty.RESIDENT, true, true))
                .containsExactly(OrderAction.CANCEL);
    }
}
