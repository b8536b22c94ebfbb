package org.linli.tenants.devices;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When an elder's home has been still for too long in the daytime. Nights do not count: an elder asleep from nine
 * to seven is not silent, so the silence of a day starts at the later of the day's start and the last activity, and
 * is judged only while it is daytime. A home still since yesterday evening is thus a concern at 11:00 with a
 * four-hour rule and a day from 07:00, not at 01:00.
 *
 * @param silence  how long the home may be still in the daytime
 * @param dayStart the daytime's start, minutes of the day in the tenant's zone
 * @param dayEnd   the daytime's end (exclusive), after its start: daytime never wraps midnight
 */
public record DaytimeSilence(Duration silence, int dayStart, int dayEnd, ZoneId zone) {

    public DaytimeSilence {
        if (dayStart < 0 || dayEnd > 24 * 60 || dayStart >= dayEnd) {
            throw new IllegalArgumentException("daytime must lie within one day: " + dayStart + ".." + dayEnd);
        }
        if (silence.isNegative() || silence.isZero()) {
            throw new IllegalArgumentException("silence must be positive");
        }
    }

    /**
     * Since when the home has been still at {@code now}, if that is a concern: it is daytime and the still time of
     * the day has reached the rule's silence. {@code lastActivity} is the latest door or water event (null: none
     * yet), {@code watchedFrom} when the first of the home's devices was installed: before that nothing was known.
     */
    public Optional<Instant> concernAt(Instant now, Instant lastActivity, Instant watchedFrom) {
        ZonedDateTime local = now.atZone(zone);
        int minute = local.getHour() * 60 + local.getMinute();
        if (minute < dayStart || minute >= dayEnd) {
            return Optional.empty();
        }
        Instant since = startOfDay(local.toLocalDate());
        if (watchedFrom.isAfter(since)) {
            since = watchedFrom;
        }
        if (lastActivity != null && lastActivity.isAfter(since)) {
            since = lastActivity;
        }
        return Duration.between(since, now).compareTo(silence) >= 0 ? Optional.of(since) : Optional.empty();
    }

    /** When the daytime of {@code day} starts. */
    public Instant startOfDay(LocalDate day) {
        return day.atTime(LocalTime.MIN.plusMinutes(dayStart)).atZone(zone).toInstant();
    }

    /** The start of the daytime that {@code at} belongs to, or that last began before it. */
    public Instant startOfDayAt(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        Instant today = startOfDay(local.toLocalDate());
        return today.isAfter(at) ? startOfDay(local.toLocalDate().minusDays(1)) : today;
    }
}
