package org.linli.tenants.notices;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the audience and readings: the buildings add up to the whole, reached and unreached households partition
 * the audience, reminders go only to app users of unreached households, and reaching a household needs an
 * acknowledgement when the notice asks for one.
 */
class ReachTallyPropertiesTest {

    private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    /** An audience of up to 40 residents in up to 12 households of up to 4 buildings, with readings. */
    record Scenario(List<ReachTally.Member> audience, Map<Long, ReachTally.Reading> readings,
                    boolean acknowledgementRequired) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ReachTally.Member> member = Combinators.combine(Arbitraries.integers().between(0, 11),
                        Arbitraries.of(true, false))
                .as((household, inApp) -> new ReachTally.Member(0, household, household % 4, inApp ? 9000L : null));
        Arbitrary<Integer> reading = Arbitraries.integers().between(0, 2);
        return Combinators.combine(member.list().ofMinSize(0).ofMaxSize(40), reading.list().ofSize(40),
                Arbitraries.of(true, false)).as((members, readings, required) -> {
                    List<ReachTally.Member> audience = IntStream.range(0, members.size())
                            .mapToObj(i -> new ReachTally.Member(i, members.get(i).household(),
                                    members.get(i).building(), members.get(i).inApp() ? 9000L + i : null))
                            .toList();
                    Map<Long, ReachTally.Reading> read = new HashMap<>();
                    for (int i = 0; i < audience.size(); i++) {
                        if (readings.get(i) > 0) {
                            read.put((long) i, new ReachTally.Reading(T, readings.get(i) == 2 ? T : null));
                        }
                    }
                    return new Scenario(audience, read, required);
                });
    }

    @Property(tries = 500)
    void buildingsAddUpAndHouseholdsArePartitioned(@ForAll("scenarios") Scenario s) {
        ReachTally tally = new ReachTally(s.audience(), s.readings(), s.acknowledgementRequired());
        NoticeReach reach = tally.reach(1, id -> "b" + id, null);

        assertThat(reach.buildings().stream().mapToInt(BuildingReach::households).sum())
                .isEqualTo(reach.households());
        assertThat(reach.buildings().stream().mapToInt(BuildingReach::residents).sum())
                .isEqualTo(s.audience().size());
        assertThat(reach.householdsAcknowledged()).isLessThanOrEqualTo(reach.householdsRead());
        int reached = s.acknowledgementRequired() ? reach.householdsAcknowledged() : reach.householdsRead();
        assertThat(reached + reach.householdsUnreached()).isEqualTo(reach.households());
        assertThat(reach.householdsNotReachable()).isLessThanOrEqualTo(reach.householdsUnreached());
        assertThat(reach.buildings().stream().mapToInt(BuildingReach::householdsNotReachable).sum())
                .isEqualTo(reach.householdsNotReachable());
    }

    @Property(tries = 500)
    void remindersGoOnlyToAppUsersOfUnreachedHouseholds(@ForAll("scenarios") Scenario s) {
        ReachTally tally = new ReachTally(s.audience(), s.readings(), s.acknowledgementRequired());
        Set<Long> unreachedUsers = new HashSet<>();
        tally.unreached().forEach(household -> household.stream().filter(ReachTally.Member::inApp)
                .forEach(m -> unreachedUsers.add(m.userAccount())));

        assertThat(tally.toRemind()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(unreachedUsers);
        tally.unreached().forEach(household -> assertThat(household).noneMatch(m -> {
            ReachTally.Reading reading = s.readings().get(m.resident());
            return reading != null && (!s.acknowledgementRequired() || reading.acknowledgedAt() != null);
        }));
    }
}
