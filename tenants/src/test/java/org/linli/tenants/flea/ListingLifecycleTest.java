package org.linli.tenants.flea;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.linli.platform.problem.DomainException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever acts arrive in whatever order, a listing only reaches states its lifecycle allows: a refused act leaves
 * the state as it was, sold and withdrawn listings accept nothing, only a reserved listing is sold, a reserved one
 * is neither withdrawn nor expired, and only a published one is reserved.
 */
class ListingLifecycleTest {

    @Property(tries = 2000)
    void noActionSequenceReachesAnInvalidState(@ForAll @Size(max = 30) List<ListingAction> actions) {
        ListingStatus state = ListingStatus.DRAFT;
        boolean everPublished = false;
        for (ListingAction action : actions) {
            ListingStatus before = state;
            if (!ListingLifecycle.allows(state, action)) {
                assertThatThrownBy(() -> ListingLifecycle.next(before, action))
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid_transition");
                continue;
            }
            state = ListingLifecycle.next(state, action);
            assertThat(before.isFinal()).as("left final %s by %s", before, action).isFalse();
            everPublished |= state == ListingStatus.PUBLISHED;
            if (state == ListingStatus.SOLD) {
                assertThat(before).as("sold without a reservation").isEqualTo(ListingStatus.RESERVED);
            }
            if (state == ListingStatus.RESERVED) {
                assertThat(before).isEqualTo(ListingStatus.PUBLISHED);
            }
            if (before == ListingStatus.RESERVED) {
                assertThat(state).as("a reservation ends before anything else").isIn(ListingStatus.PUBLISHED,
                        ListingStatus.SOLD);
            }
            if (state == ListingStatus.EXPIRED) {
                assertThat(before).isEqualTo(ListingStatus.PUBLISHED);
            }
            if (state != ListingStatus.DRAFT && state != ListingStatus.WITHDRAWN) {
                assertThat(everPublished).as("%s without publishing", state).isTrue();
            }
        }
    }

    @Property
    void soldAndWithdrawnListingsAcceptNothing(@ForAll ListingAction action) {
        assertThat(ListingLifecycle.allows(ListingStatus.SOLD, action)).isFalse();
        assertThat(ListingLifecycle.allows(ListingStatus.WITHDRAWN, action)).isFalse();
    }

    @Property
    void renewingAnExpiredOrPublishedListingPublishesIt(@ForAll("renewable") ListingStatus state) {
        assertThat(ListingLifecycle.next(state, ListingAction.RENEW)).isEqualTo(ListingStatus.PUBLISHED);
    }

    @net.jqwik.api.Provide
    Arbitrary<ListingStatus> renewable() {
        return Arbitraries.of(ListingStatus.PUBLISHED, ListingStatus.EXPIRED);
    }
}
