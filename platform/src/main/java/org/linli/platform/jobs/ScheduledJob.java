package org.linli.platform.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A scheduled job as the cluster sees it: its name (which names its leases and records), the period its work is
 * done once in, and how long a node may hold a tenant's lease before the others assume it died. The lease outlasts a
 * normal run of one tenant by far, so a slow run is never doubled; a dead node delays that tenant's work by at most
 * the lease.
 *
 * @param name   lower-case words joined by hyphens, at most 40 characters
 * @param lease  how long one tenant's run may take before its lease ends by itself
 * @param kept   how long a period's record is kept: longer than the period, or the period would be done again
 * @param period the key of the period an instant falls in (the same for every instant of the period)
 */
public record ScheduledJob(String name, Duration lease, Duration kept, Function<Instant, String> period) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public ScheduledJob {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("job name: " + name);
        }
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease: " + lease);
        }
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(period, "period");
    }

    /**
     * A sweep every {@code every} (which divides a day): its periods are the slices of the day the timers fire in,
     * keyed by their start in UTC, so a node whose clock is a little off still names the slice the others do.
     */
    public static ScheduledJob every(String name, Duration every, Duration lease) {
        long seconds = every.toSeconds();
        if (seconds <= 0 || 86_400 % seconds != 0) {
            throw new IllegalArgumentException("a period must divide a day: " + every);
        }
        return new ScheduledJob(name, lease, Duration.ofDays(1).plus(every),
                at -> Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds).toString());
    }

    /** A daily cycle: done once per calendar day in {@code zone}, by whichever tick comes first that day. */
    public static ScheduledJob daily(String name, ZoneId zone, Duration lease) {
        return new ScheduledJob(name, lease, Duration.ofDays(3), at -> LocalDate.ofInstant(at, zone).toString());
    }

    /** A monthly cycle: done once per calendar month in {@code zone}. */
    public static ScheduledJob monthly(String name, ZoneId zone, Duration lease) {
        return new ScheduledJob(name, lease, Duration.ofDays(40), at -> YearMonth.from(LocalDate.ofInstant(at, zone)).toString());
    }

    /** The key of the period {@code at} falls in. */
    public String periodOf(Instant at) {
        return period.apply(at);
    }
}
