package org.linli.tenants.cases;

import org.linli.platform.application.ChinaTime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's working time: a weekly schedule (the same hours on each working weekday, e.g. Mon-Fri 08:30-17:30),
 * public holidays that are not worked and make-up days (调休) that are, in the tenant's zone. SLA deadlines count
 * only this time: a case reported on Friday at 17:00 with two working hours to accept is due on Monday at 09:30.
 * Pure: the caller passes the instants, so a moved clock moves every deadline with it.
 *
 * @param zone      the tenant's time zone
 * @param workdays  the weekdays worked in an ordinary week
 * @param dayStart  the minute of the day work starts (0-1439)
 * @param dayEnd    the minute of the day work ends (after {@code dayStart}, at most 1440)
 * @param holidays  dates not worked even on a working weekday
 * @param makeUpDays dates worked even on a weekend
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> workdays, int dayStart, int dayEnd,
                              Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {

    /** Mon-Fri 08:30-17:30 in China, the default of every tenant. */
    public static final WorkingCalendar OFFICE_HOURS = new WorkingCalendar(ChinaTime.ZONE,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 8 * 60 + 30, 17 * 60 + 30, Set.of(), Set.of());

    private static final int DAY = 24 * 60;

    public WorkingCalendar {
        Objects.requireNonNull(zone, "zone");
        workdays = workdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workdays);
        holidays = Set.copyOf(holidays);
        makeUpDays = Set.copyOf(makeUpDays);
        if (dayStart < 0 || dayEnd > DAY || dayStart >= dayEnd) {
            throw new IllegalArgumentException("working hours " + dayStart + "-" + dayEnd);
        }
        if (workdays.isEmpty() && makeUpDays.isEmpty()) {
            throw new IllegalArgumentException("no working day");
        }
    }

    /** Whether {@code date} is worked: a holiday is not, a make-up day is, otherwise its weekday decides. */
    public boolean isWorkingDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        return makeUpDays.contains(date) || workdays.contains(date.getDayOfWeek());
    }

    /**
     * The moment when {@code minutes} of working time have passed since {@code from}. Time outside working hours
     * does not count; zero minutes is the next working moment at or after {@code from}.
     */
    public Instant deadline(Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("negative minutes " + minutes);
        }
        LocalDateTime start = LocalDateTime.ofInstant(from, zone);
        LocalDate day = start.toLocalDate();
        long second = start.toLocalTime().toSecondOfDay();
        long left = minutes * 60;
        long limit = minutes / (dayEnd - dayStart) * 7 + 3 * 366 + 7;
        for (long d = 0; d <= limit; d++) {
            if (isWorkingDay(day)) {
                long begin = Math.max(second, dayStart * 60L);
                long available = dayEnd * 60L - begin;
                if (available >= 0 && left <= available) {
                    return ZonedDateTime.of(day.atStartOfDay(), zone).plusSeconds(begin + left).toInstant();
                }
                left -= Math.max(0, available);
            }
            day = day.plusDays(1);
            second = 0;
        }
        throw new IllegalStateException("no working time within " + limit + " days");
    }

    /**
     * The working time between {@code from} and {@code to} in whole minutes — how long a case has been overdue as
     * its handlers count it; zero when {@code to} is not after {@code from}. The inverse of {@link #deadline}:
     * {@code workingMinutes(from, deadline(from, m)) == m}.
     */
    public long workingMinutes(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDateTime start = LocalDateTime.ofInstant(from, zone);
        LocalDateTime end = LocalDateTime.ofInstant(to, zone);
        long seconds = 0;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            long begin = dayStart * 60L;
            long finish = dayEnd * 60L;
            if (day.equals(start.toLocalDate())) {
                begin = Math.max(begin, start.toLocalTime().toSecondOfDay());
            }
            if (day.equals(end.toLocalDate())) {
                finish = Math.min(finish, end.toLocalTime().toSecondOfDay());
            }
            seconds += Math.max(0, finish - begin);
        }
        return seconds / 60;
    }

    /**
     * This calendar as one line of text, to travel with a case escalated to a district (which reads no table of
     * the company's) — only the special days from {@code since} on, the ones an overdue time can still cross.
     */
    public String encode(LocalDate since) {
        return zone.getId() + ";" + workdays.stream().sorted().map(DayOfWeek::name)
                .collect(Collectors.joining(",")) + ";" + dayStart + ";" + dayEnd + ";"
                + days(holidays, since) + ";" + days(makeUpDays, since);
    }

    /** The calendar {@link #encode} wrote; office hours when there is none (a case escalated before it travelled). */
    public static WorkingCalendar decode(String code) {
        if (code == null || code.isBlank()) {
            return OFFICE_HOURS;
        }
        String[] parts = code.split(";", -1);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(parts[1].split(",")).filter(d -> !d.isBlank()).map(DayOfWeek::valueOf)
                .forEach(days::add);
        return new WorkingCalendar(ZoneId.of(parts[0]), days, Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                dates(parts[4]), dates(parts[5]));
    }

    private static String days(Set<LocalDate> dates, LocalDate since) {
        return dates.stream().filter(d -> !d.isBefore(since)).sorted().map(LocalDate::toString)
                .collect(Collectors.joining(","));
    }

    private static Set<LocalDate> dates(String list) {
        return Arrays.stream(list.split(",")).filter(d -> !d.isBlank()).map(LocalDate::parse)
                .collect(Collectors.toSet());
    }
}
