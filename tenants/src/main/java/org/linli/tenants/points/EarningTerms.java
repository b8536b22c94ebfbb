package org.linli.tenants.points;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.time.LocalDate;

/**
 * What an earning rule pays: {@code points} per hour of volunteering (for {@link EventKind#VOLUNTEER_MINUTES}) or
 * per event (every other kind), at most {@code dailyCap} per resident and day when set, between {@code activeFrom}
 * and {@code activeUntil} (inclusive, open when null).
 */
public record EarningTerms(long points, Long dailyCap, LocalDate activeFrom, LocalDate activeUntil) {

    static final long MAX_POINTS = 1_000_000;

    public EarningTerms {
        if (points < 1 || points > MAX_POINTS) {
            throw DomainException.invalid(FieldError.of("points", "range"));
        }
        if (dailyCap != null && (dailyCap < 1 || dailyCap > MAX_POINTS)) {
            throw DomainException.invalid(FieldError.of("dailyCap", "range"));
        }
        if (activeFrom != null && activeUntil != null && activeUntil.isBefore(activeFrom)) {
            throw DomainException.invalid(FieldError.of("activeUntil", "before_from"));
        }
    }

    /** Whether the rule pays on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return (activeFrom == null || !day.isBefore(activeFrom)) && (activeUntil == null || !day.isAfter(activeUntil));
    }

    /**
     * The points for one event of {@code kind}: per started hour never, per whole hour — {@code quantity} minutes
     * pay {@code points * minutes / 60}, rounded down; any other kind pays {@code points} per event.
     */
    public long pointsFor(EventKind kind, long quantity) {
        if (kind == EventKind.VOLUNTEER_MINUTES) {
            return Math.max(0, Math.multiplyExact(points, quantity) / 60);
        }
        return points;
    }

    /** {@code points} cut to what {@code cap} leaves after {@code awardedToday} (never negative). */
    public static long capped(long points, long cap, long awardedToday) {
        return Math.max(0, Math.min(points, cap - awardedToday));
    }
}
