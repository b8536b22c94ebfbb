package org.linli.tenants.notices;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reach counts households: one reached when any of its residents read the notice — or acknowledged it, when the
 * notice asks for that. Households with nobody in the app cannot be reminded and are counted apart.
 */
class ReachTallyTest {

    private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    /** Building 1: household 10 (residents 100 in app, 101 not), 11 (110 in app); building 2: 20 (200 not in app). */
    private static final List<ReachTally.Member> AUDIENCE = List.of(
            new ReachTally.Member(100, 10, 1, 9100L), new ReachTally.Member(101, 10, 1, null),
            new ReachTally.Member(110, 11, 1, 9110L), new ReachTally.Member(200, 20, 2, null));

    @Test
    void withoutAcknowledgementAReadReachesTheHousehold() {
        ReachTally tally = new ReachTally(AUDIENCE, Map.of(101L, new ReachTally.Reading(T, null)), false);

        NoticeReach reach = tally.reach(1, id -> "楼" + id, null);

        assertThat(reach.households()).isEqualTo(3);
        assertThat(reach.householdsRead()).isEqualTo(1);
        assertThat(reach.householdsUnreached()).isEqualTo(2);
        assertThat(reach.householdsNotReachable()).isEqualTo(1);
        assertThat(reach.residents()).isEqualTo(4);
        assertThat(reach.residentsInApp()).isEqualTo(2);
        assertThat(reach.buildings()).extracting(BuildingReach::name, BuildingReach::households,
                        BuildingReach::householdsRead, BuildingReach::residentsRead, BuildingReach::readRate)
                .containsExactly(Tuple.tuple("楼1", 2, 1, 1, 50.0),
                        Tuple.tuple("楼2", 1, 0, 0, 0.0));
        assertThat(tally.toRemind()).containsExactly(9110L);
    }

    @Test
    void withAcknowledgementOnlyAnAcknowledgementReachesTheHousehold() {
        ReachTally tally = new ReachTally(AUDIENCE, Map.of(100L, new ReachTally.Reading(T, null),
                110L, new ReachTally.Reading(T, T)), true);

        NoticeReach reach = tally.reach(1, id -> "楼" + id, null);

        assertThat(reach.householdsRead()).isEqualTo(2);
        assertThat(reach.householdsAcknowledged()).isEqualTo(1);
        assertThat(reach.acknowledgedRate()).isEqualTo(33.3);
        assertThat(tally.unreached()).extracting(household -> household.get(0).household()).containsExactly(10L, 20L);
        assertThat(tally.toRemind()).containsExactly(9100L);
        assertThat(tally.householdsNotReachable()).isEqualTo(1);
        assertThat(reach.buildings().get(1).householdsNotReachable()).isEqualTo(1);
    }

    @Test
    void everyoneReachedLeavesNobodyToRemind() {
        ReachTally tally = new ReachTally(AUDIENCE, Map.of(100L, new ReachTally.Reading(T, T),
                110L, new ReachTally.Reading(T, T), 200L, new ReachTally.Reading(T, T)), true);

        assertThat(tally.unreached()).isEmpty();
        assertThat(tally.toRemind()).isEmpty();
        assertThat(tally.reach(1, id -> "", null).acknowledgedRate()).isEqualTo(100.0);
    }
}
