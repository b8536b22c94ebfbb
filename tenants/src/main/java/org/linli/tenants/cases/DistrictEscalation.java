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

import java.time.Duration;
import java.time.Instant;

/**
 * A property company's case as its supervising district sees it: a row owned by the <em>district</em> tenant, holding
 * a snapshot of the case's non-personal fields (category, place, text, state, deadlines, the reporter's name masked)
 * sent by the property company's watch and refreshed when the case changes, with the company's working calendar to
 * count its overdue time in. The district never reads the property company's tables, so every query stays scoped
 * to one tenant by construction (and by row-level security). Its last change moves with every refresh and with
 * every comment of the district's own, so the list (latest change first) shows what was last worked on.
 */
@Entity
@Table(name = "case_escalation")
public class DistrictEscalation extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_escalation_seq")
    @SequenceGenerator(name = "case_escalation_seq", sequenceName = "case_escalation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "source_tenant_id", nullable = false)
    private long sourceTenantId;

    @Column(name = "source_tenant_name", nullable = false, length = 100)
    private String sourceTenantName;

    @Column(name = "source_case_id", nullable = false)
    private long sourceCaseId;

    @Column(name = "category_name", nullable = false, length = 40)
    private String categoryName;

    @Column(name = "place_name", nullable = false, length = 200)
    private String placeName;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "reporter_masked", length = 40)
    private String reporterMasked;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private CaseState state;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "resolve_due", nullable = false)
    private Instant resolveDue;

    @Column(name = "escalated_at", nullable = false)
    private Instant escalatedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "work_calendar", length = 5000)
    private String calendar;

    protected DistrictEscalation() {
    }

    DistrictEscalation(CaseSnapshot snapshot, Instant now) {
        this.sourceTenantId = snapshot.sourceTenant();
        this.sourceCaseId = snapshot.caseId();
        this.escalatedAt = now;
        refresh(snapshot, now);
    }

    void refresh(CaseSnapshot snapshot, Instant now) {
        this.sourceTenantName = snapshot.sourceTenantName();
        this.categoryName = snapshot.categoryName();
        this.placeName = snapshot.placeName();
        this.description = snapshot.description();
        this.reporterMasked = snapshot.reporterMasked();
        this.state = snapshot.state();
        this.reportedAt = snapshot.reportedAt();
        this.resolveDue = snapshot.resolveDue();
        this.calendar = snapshot.calendar();
        this.updatedAt = now;
    }

    /** The district commented on the case: that is its latest change too. */
    void commented(Instant now) {
        this.updatedAt = now;
    }

    /**
     * How long the open case has been past its resolve deadline at {@code now}, in the property company's working
     * time (its handlers' deadlines count no evening, weekend or holiday, nor does this); zero when it is not.
     */
    public Duration overdue(Instant now) {
        if (!state.isOpen() || !now.isAfter(resolveDue)) {
            return Duration.ZERO;
        }
        return Duration.ofMinutes(WorkingCalendar.decode(calendar).workingMinutes(resolveDue, now));
    }

    public long id() {
        return id;
    }

    public long sourceTenantId() {
        return sourceTenantId;
    }

    public String sourceTenantName() {
        return sourceTenantName;
    }

    public long sourceCaseId() {
        return sourceCaseId;
    }

    public String categoryName() {
        return categoryName;
    }

    public String placeName() {
        return placeName;
    }

    public String description() {
        return description;
    }

    public String reporterMasked() {
        return reporterMasked;
    }

    public CaseState state() {
        return state;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Instant resolveDue() {
        return resolveDue;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
