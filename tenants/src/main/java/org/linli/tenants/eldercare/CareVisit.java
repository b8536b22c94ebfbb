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
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.grids.GridScope;
import org.linli.tenants.registry.grids.GridScoped;

import java.time.Duration;
import java.time.Instant;

/**
 * One planned visit of a care plan. Lifecycle: {@code PLANNED → IN_PROGRESS → DONE} by the carer's check-in and
 * check-out (with the visit note and the tasks done); {@code PLANNED → MISSED} when nobody checked in within the
 * grace period; {@code PLANNED → CANCELLED} when the plan ends.
 */
@Entity
@AdditionalCriteria(GridScope.CRITERIA)
@GridScoped(follows = "elderId", anchor = GridScoped.Anchor.RESIDENT)
@Table(name = "care_visit")
public class CareVisit extends TenantOwned implements AuditSubject {

    /** How late a check-in may be before the visit counts as missed. */
    public static final Duration GRACE = Duration.ofHours(2);

    /** Where a visit stands. */
    public enum Status { PLANNED, IN_PROGRESS, DONE, MISSED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_visit_seq")
    @SequenceGenerator(name = "care_visit_seq", sequenceName = "care_visit_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "elder_id", nullable = false)
    private long elderId;

    /** The elder's grid, moved along with their building: a grid worker's scope. */
    @Column(name = "grid_id")
    private Long gridId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "planned_for", nullable = false)
    private Instant plannedFor;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "carer", length = 100)
    private String carer;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "tasks_done", length = 2000)
    private String tasksDone;

    protected CareVisit() {
    }

    CareVisit(CarePlan plan, Instant scheduledAt) {
        this(plan.id(), plan.elderId(), plan.providerId(), scheduledAt);
        this.gridId = plan.gridId();
    }

    CareVisit(long planId, long elderId, long providerId, Instant scheduledAt) {
        this.planId = planId;
        this.elderId = elderId;
        this.providerId = providerId;
        this.plannedFor = scheduledAt;
        this.scheduledAt = scheduledAt;
        this.status = Status.PLANNED;
    }

    void checkIn(String carer, Instant at) {
        if (status != Status.PLANNED && status != Status.MISSED) {
            throw DomainException.invalidTransition(status, "check-in");
        }
        this.status = Status.IN_PROGRESS;
        this.carer = carer;
        this.checkedInAt = at;
    }

    void checkOut(String note, String tasksDone, Instant at) {
        if (status != Status.IN_PROGRESS) {
            throw DomainException.invalidTransition(status, "check-out");
        }
        this.status = Status.DONE;
        this.note = note;
        this.tasksDone = tasksDone;
        this.checkedOutAt = at;
    }

    void miss() {
        if (status != Status.PLANNED) {
            throw DomainException.invalidTransition(status, "miss");
        }
        status = Status.MISSED;
    }

    void reschedule(Instant at) {
        if (status != Status.PLANNED) {
            throw DomainException.invalidTransition(status, "reschedule");
        }
        scheduledAt = at;
    }

    public long id() {
        return id;
    }

    public long planId() {
        return planId;
    }

    public long elderId() {
        return elderId;
    }

    public long providerId() {
        return providerId;
    }

    /** When the plan's pattern put this visit, even after it was moved. */
    public Instant plannedFor() {
        return plannedFor;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Status status() {
        return status;
    }

    public String carer() {
        return carer;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant checkedOutAt() {
        return checkedOutAt;
    }

    public String note() {
        return note;
    }

    public String tasksDone() {
        return tasksDone;
    }

    @Override
    public String auditName() {
        return "care-visit:" + id;
    }
}
