package org.linli.tenants.ads;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.linli.platform.problem.DomainException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever happens to a booking in whatever order, it only reaches states the lifecycle allows: a refused action
 * leaves the state as it was, nothing leaves CANCELLED, nothing is paid before its creative was approved, and a
 * paid booking's creative never changes.
 */
class BookingLifecycleTest {

    @Property(tries = 2000)
    void noActionSequenceReachesAnInvalidState(@ForAll("actions") List<BookingAction> actions) {
        BookingStatus state = BookingStatus.REQUESTED;
        boolean approvedCreativeStanding = false;
        for (BookingAction action : actions) {
            BookingStatus before = state;
            if (!BookingLifecycle.allows(state, action)) {
                assertThatThrownBy(() -> BookingLifecycle.next(before, action))
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid_transition");
                continue;
            }
            state = BookingLifecycle.next(state, action);
            assertThat(before.isFinal()).as("left %s by %s", before, action).isFalse();
            if (action == BookingAction.SUBMIT_CREATIVE) {
                assertThat(before).as("a paid creative changed").isNotEqualTo(BookingStatus.PAID);
                approvedCreativeStanding = false;
            }
            if (action == BookingAction.APPROVE) {
                approvedCreativeStanding = true;
            }
            if (state == BookingStatus.PAID) {
                assertThat(approvedCreativeStanding).as("paid without an approved creative").isTrue();
                assertThat(before).isEqualTo(BookingStatus.CREATIVE_APPROVED);
            }
            if (state == BookingStatus.CREATIVE_APPROVED || state == BookingStatus.CREATIVE_REJECTED) {
                assertThat(before).as("reviewed what was not submitted").isEqualTo(BookingStatus.CREATIVE_SUBMITTED);
            }
        }
    }

    @Property
    void cancelledAcceptsNothing(@ForAll BookingAction action) {
        assertThat(BookingLifecycle.allows(BookingStatus.CANCELLED, action)).isFalse();
    }

    @Property
    void everyLiveStateCanBeCancelled(@ForAll BookingStatus state) {
        assertThat(BookingLifecycle.allows(state, BookingAction.CANCEL)).isEqualTo(state != BookingStatus.CANCELLED);
    }

    @Provide
    Arbitrary<List<BookingAction>> actions() {
        return Arbitraries.of(BookingAction.class).list().ofMaxSize(12);
    }
}
