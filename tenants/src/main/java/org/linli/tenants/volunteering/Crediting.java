package org.linli.tenants.volunteering;

import java.time.Duration;
import java.time.Instant;

/**
 * How many minutes one attendee is credited: the activity's fixed minutes per attendee when it has them, otherwise
 * the time between check-in and check-out in whole minutes (seconds dropped), never more than the scheduled duration
 * and never less than zero. Whoever never checked in gets nothing.
 */
public final class Crediting {

    private Crediting() {
    }

    /**
     * @param fixed     minutes per attendee set on the activity, or null for the attended duration
     * @param startsAt  the scheduled start
     * @param endsAt    the scheduled end
     * @param in        when the attendee checked in, or null
     * @param out       when they checked out (null counts as staying until the scheduled end)
     */
    public static long minutes(Long fixed, Instant startsAt, Instant endsAt, Instant in, Instant out) {
        if (in == null) {
            return 0;
        }
        if (fixed != null) {
            return Math.max(0, fixed);
        }
        long scheduled = Math.max(0, Duration.between(startsAt, endsAt).toMinutes());
        Instant left = out == null ? endsAt : out;
        long attended = left.isAfter(in) ? Duration.between(in, left).toMinutes() : 0;
        return Math.min(attended, scheduled);
    }
}
