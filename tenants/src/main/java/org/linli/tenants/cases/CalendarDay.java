package org.linli.tenants.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.LocalDate;

/** A date of the tenant's calendar that differs from its weekly schedule: a holiday or a make-up working day. */
@Entity
@Table(name = "case_calendar_day")
public class CalendarDay extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_calendar_day_seq")
    @SequenceGenerator(name = "case_calendar_day_seq", sequenceName = "case_calendar_day_seq", allocationSize = 50)
    private Long id;

    @Column(name = "special_date", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private DayKind kind;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate day, DayKind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name.strip();
    }

    public long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public DayKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }
}
