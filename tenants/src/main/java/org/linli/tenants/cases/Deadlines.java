package org.linli.tenants.cases;

import java.time.Instant;

/**
 * The moments a case's SLA sets, all in working time from its report (or reopening): when the handler is warned
 * (e.g. at 80 % of the time) and when acceptance and resolution are due, and when an overdue case goes to the
 * supervising district (a multiple of the resolve time).
 */
public record Deadlines(Instant acceptWarnAt, Instant acceptDue, Instant resolveWarnAt, Instant resolveDue,
                        Instant districtAt) {

    /** The deadlines of a category's SLA from {@code from} in {@code calendar}. */
    public static Deadlines of(WorkingCalendar calendar, Instant from, long acceptMinutes, long resolveMinutes,
                               int warnPercent, int districtPercent) {
        return new Deadlines(calendar.deadline(from, acceptMinutes * warnPercent / 100),
                calendar.deadline(from, acceptMinutes),
                calendar.deadline(from, resolveMinutes * warnPercent / 100),
                calendar.deadline(from, resolveMinutes),
                calendar.deadline(from, resolveMinutes * districtPercent / 100));
    }
}
