package org.linli.tenants.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's case settings, one row: the weekly working schedule and zone that SLA deadlines count in, the share of
 * an SLA after which the handler is warned, and the multiple of the resolve time after which an overdue case of a
 * property company goes to its supervising district. Holidays and make-up days are {@link CalendarDay}s.
 */
@Entity
@Table(name = "case_settings")
public class CaseSettings extends TenantOwned {

    static final long SINGLE = 1L;

    @Id
    private Long id;

    @Column(name = "zone", nullable = false, length = 40)
    private String zone;

    @Column(name = "workdays", nullable = false, length = 80)
    private String workdays;

    @Column(name = "day_start", nullable = false)
    private int dayStart;

    @Column(name = "day_end", nullable = false)
    private int dayEnd;

    @Column(name = "warn_percent", nullable = false)
    private int warnPercent;

    @Column(name = "district_percent", nullable = false)
    private int districtPercent;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CaseSettings() {
    }

    /** The defaults: office hours in China, a warning at 80 %, the district at twice the resolve time. */
    CaseSettings(Instant now) {
        this.id = SINGLE;
        WorkingCalendar office = WorkingCalendar.OFFICE_HOURS;
        change(new CaseCommands.Schedule(office.zone().getId(), office.workdays(), office.dayStart(),
                office.dayEnd(), 80, 200), now);
    }

    void change(CaseCommands.Schedule schedule, Instant now) {
        this.zone = schedule.zone();
        this.workdays = schedule.workdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.dayStart = schedule.dayStart();
        this.dayEnd = schedule.dayEnd();
        this.warnPercent = schedule.warnPercent();
        this.districtPercent = schedule.districtPercent();
        this.updatedAt = now;
    }

    /** The calendar of these settings with the given special days. */
    public WorkingCalendar calendar(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        return new WorkingCalendar(ZoneId.of(zone), workdays(), dayStart, dayEnd, holidays, makeUpDays);
    }

    public String zone() {
        return zone;
    }

    public Set<DayOfWeek> workdays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(workdays.split(",")).filter(s -> !s.isBlank()).map(DayOfWeek::valueOf).forEach(days::add);
        return days;
    }

    public int dayStart() {
        return dayStart;
    }

    public int dayEnd() {
        return dayEnd;
    }

    public int warnPercent() {
        return warnPercent;
    }

    public int districtPercent() {
        return districtPercent;
    }
}
