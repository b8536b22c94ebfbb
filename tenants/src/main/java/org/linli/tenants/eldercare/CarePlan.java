package org.linli.tenants.eldercare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.grids.GridScope;
import org.linli.tenants.registry.grids.GridScoped;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A care plan (照护计划) for an elder: a provider visits on a weekly pattern at a time of day, with a task list
 * for every visit, from a first day until ended. Lifecycle: {@code ACTIVE → ENDED}; ending cancels future visits.
 */
@Entity
@AdditionalCriteria(GridScope.CRITERIA)
@GridScoped(follows = "elderId", anchor = GridScoped.Anchor.RESIDENT)
@Table(name = "care_plan")
public class CarePlan extends TenantOwned implements AuditSubject {

    /** Care plans are in China time. */

    /** Whether a plan still produces visits. */
    public enum Status { ACTIVE, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_plan_seq")
    @SequenceGenerator(name = "care_plan_seq", sequenceName = "care_plan_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "elder_id", nullable = false)
    private long elderId;

    /** The elder's grid, moved along with their building: a grid worker's scope. */
    @Column(name = "grid_id")
    private Long gridId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "weekdays", nullable = false, length = 100)
    private String weekdays;

    @Column(name = "visit_time", nullable = false, length = 5)
    private String visitTime;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "tasks", nullable = false, length = 2000)
    private String tasks;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CarePlan() {
    }

    CarePlan(long elderId, Long gridId, long providerId, CareCommands.NewPlan plan, String createdBy,
             Instant createdAt) {
        this.elderId = elderId;
        this.gridId = gridId;
        this.providerId = providerId;
        this.title = plan.title().strip();
        this.weekdays = plan.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.visitTime = plan.time().toString();
        this.durationMinutes = plan.durationMinutes();
        this.tasks = String.join("\n", plan.tasks().stream().map(String::strip).toList());
        this.firstDay = plan.firstDay();
        this.status = Status.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The visits this plan asks for from {@code from} (inclusive) to {@code until} (exclusive), in time order. */
    public List<Instant> visitsBetween(LocalDate from, LocalDate until) {
        List<Instant> visits = new ArrayList<>();
        LocalDate day = from.isBefore(firstDay) ? firstDay : from;
        for (; day.isBefore(until); day = day.plusDays(1)) {
            if (weekdays().contains(day.getDayOfWeek())) {
                visits.add(day.atTime(time()).atZone(ChinaTime.ZONE).toInstant());
            }
        }
        return visits;
    }

    void end() {
        if (status != Status.ACTIVE) {
            throw DomainException.invalidTransition(status, "end");
        }
        status = Status.ENDED;
    }

    public long id() {
        return id;
    }

    public Long gridId() {
        return gridId;
    }

    public long elderId() {
        return elderId;
    }

    public long providerId() {
        return providerId;
    }

    public String title() {
        return title;
    }

    public Set<DayOfWeek> weekdays() {
        return Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public LocalTime time() {
        return LocalTime.parse(visitTime);
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public List<String> tasks() {
        return List.of(tasks.split("\n"));
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public Status status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    @Override
    public String auditName() {
        return "care-plan:" + id;
    }
}
