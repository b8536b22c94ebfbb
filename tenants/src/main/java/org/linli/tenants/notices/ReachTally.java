package org.linli.tenants.notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Counts a notice's reach from its audience (the residents addressed, with their household, building and app
 * account) and their readings. Plain arithmetic, kept apart from the queries so that it can be checked on its own.
 */
final class ReachTally {

    /** A resident addressed by the notice; {@code userAccount} is null for one without an app account. */
    record Member(long resident, long household, long building, Long userAccount) {

        boolean inApp() {
            return userAccount != null;
        }
    }

    /** When a resident read and acknowledged the notice (the latter may be null). */
    record Reading(Instant readAt, Instant acknowledgedAt) {
    }

    private final boolean acknowledgementRequired;
    private final Map<Long, Reading> readings;
    private final Map<Long, List<Member>> byHousehold;

    ReachTally(Collection<Member> audience, Map<Long, Reading> readings, boolean acknowledgementRequired) {
        this.acknowledgementRequired = acknowledgementRequired;
        this.readings = Map.copyOf(readings);
        this.byHousehold = audience.stream().sorted(Comparator.comparingLong(Member::building)
                        .thenComparingLong(Member::household).thenComparingLong(Member::resident))
                .collect(Collectors.groupingBy(Member::household, LinkedHashMap::new, Collectors.toList()));
    }

    private boolean read(Member member) {
        return readings.containsKey(member.resident());
    }

    private boolean acknowledged(Member member) {
        Reading reading = readings.get(member.resident());
        return reading != null && reading.acknowledgedAt() != null;
    }

    private boolean reached(List<Member> household) {
        return household.stream().anyMatch(acknowledgementRequired ? this::acknowledged : this::read);
    }

    private static boolean inApp(List<Member> household) {
        return household.stream().anyMatch(Member::inApp);
    }

    /** The households not reached yet, by building, as their residents. */
    List<List<Member>> unreached() {
        return byHousehold.values().stream().filter(household -> !reached(household)).toList();
    }

    /** The app accounts of the residents of unreached households: whom a reminder goes to. */
    List<Long> toRemind() {
        return unreached().stream().flatMap(List::stream).map(Member::userAccount).filter(Objects::nonNull)
                .distinct().toList();
    }

    int householdsNotReachable() {
        return (int) unreached().stream().filter(household -> !inApp(household)).count();
    }

    /** The whole reach, with buildings named by {@code names}, in building order. */
    NoticeReach reach(long noticeId, LongFunction<String> names, Instant remindedAt) {
        Map<Long, List<List<Member>>> byBuilding = byHousehold.values().stream()
                .collect(Collectors.groupingBy(household -> household.get(0).building(), LinkedHashMap::new,
                        Collectors.toList()));
        List<BuildingReach> buildings = new ArrayList<>();
        byBuilding.forEach((building, households) -> buildings.add(building(building, names.apply(building),
                households)));
        List<Member> everyone = byHousehold.values().stream().flatMap(List::stream).toList();
        int households = byHousehold.size();
        return new NoticeReach(noticeId, acknowledgementRequired, households,
                buildings.stream().mapToInt(BuildingReach::householdsRead).sum(),
                buildings.stream().mapToInt(BuildingReach::householdsAcknowledged).sum(), unreached().size(),
                householdsNotReachable(), everyone.size(), (int) everyone.stream().filter(Member::inApp).count(),
                buildings, remindedAt);
    }

    private BuildingReach building(long id, String name, List<List<Member>> households) {
        List<Member> residents = households.stream().flatMap(List::stream).toList();
        return new BuildingReach(id, name, households.size(),
                (int) households.stream().filter(h -> h.stream().anyMatch(this::read)).count(),
                (int) households.stream().filter(h -> h.stream().anyMatch(this::acknowledged)).count(),
                (int) households.stream().filter(h -> !reached(h) && !inApp(h)).count(),
                residents.size(), (int) residents.stream().filter(this::read).count(),
                (int) residents.stream().filter(this::acknowledged).count());
    }
}
