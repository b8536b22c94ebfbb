package org.linli.tenants.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures of a group of cases: how many were reported, the share accepted and resolved on time (of those
 * accepted and resolved), the average rating (of those rated) and the share reopened (of those resolved at least
 * once). Rates are null where nothing was there to measure, rather than a misleading zero.
 *
 * @param key   the group's id (grid, category or handler), or null for "none"
 * @param label the group's name
 */
public record CaseFigures(String key, String label, long volume, long accepted, Double acceptedOnTime,
                          long resolved, Double resolvedOnTime, long rated, Double satisfaction,
                          Double reopenRate) {

    /** One group of a grouping, as label and the cases in it. */
    record Group(String key, String label) {
    }

    /** The figures of each group (biggest first) of {@code cases}, grouped by {@code group}. */
    static List<CaseFigures> of(Collection<CivicCase> cases, Function<CivicCase, Group> group) {
        Map<Group, List<CivicCase>> groups = new LinkedHashMap<>();
        cases.forEach(c -> groups.computeIfAbsent(group.apply(c), any -> new ArrayList<>()).add(c));
        return groups.entrySet().stream().map(e -> figures(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(CaseFigures::volume).reversed()
                        .thenComparing(CaseFigures::label, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    static CaseFigures figures(Group group, List<CivicCase> cases) {
        long accepted = cases.stream().filter(c -> c.acceptedAt() != null).count();
        long acceptedOnTime = cases.stream().filter(CivicCase::acceptedOnTime).count();
        List<CivicCase> resolved = cases.stream().filter(c -> c.resolvedAt() != null || c.reopenCount() > 0).toList();
        long resolvedNow = cases.stream().filter(c -> c.resolvedAt() != null).count();
        long resolvedOnTime = cases.stream().filter(CivicCase::resolvedOnTime).count();
        List<Integer> ratings = cases.stream().map(CivicCase::rating).filter(r -> r != null).toList();
        long reopened = resolved.stream().filter(c -> c.reopenCount() > 0).count();
        return new CaseFigures(group.key(), group.label(), cases.size(), accepted, share(acceptedOnTime, accepted),
                resolvedNow, share(resolvedOnTime, resolvedNow), ratings.size(),
                ratings.isEmpty() ? null : ratings.stream().mapToInt(Integer::intValue).average().orElseThrow(),
                share(reopened, resolved.size()));
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
