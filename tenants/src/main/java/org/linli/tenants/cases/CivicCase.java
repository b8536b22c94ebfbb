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
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.linli.platform.identity.UserId;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.grids.GridScope;

import java.time.Duration;
import java.time.Instant;

/**
 * A case (事件): what was reported, where, by whom and through which channel, the grid it was routed to, its SLA
 * deadlines, who works it, and its result and rating. The state moves only through {@link CaseLifecycle}; a
 * resolved case closes with the reporter's rating or {@link #SETTLE_PERIOD} after resolution, and the reporter may
 * reopen it within that period. Grid workers see only the cases of their grids ({@link GridScope}); when the grids
 * are reorganised, an open case follows its place to the new grid ({@link CaseRouting}) and a settled one stays.
 */
@Entity
@AdditionalCriteria(GridScope.CRITERIA)
@Table(name = "civic_case")
public class CivicCase extends TenantOwned {

    /** How long a resolved case waits for its rating or a reopening before it closes by itself. */
    public static final Duration SETTLE_PERIOD = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "civic_case_seq")
    @SequenceGenerator(name = "civic_case_seq", sequenceName = "civic_case_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private CaseSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private CaseChannel channel;

    @Column(name = "reporter_id")
    private Long reporterId;

    @Column(name = "reporter_user_id")
    private Long reporterUserId;

    @Column(name = "filed_by")
    private Long filedBy;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false, length = 20)
    private PlaceKind placeKind;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "building_id")
    private Long buildingId;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "place_name", nullable = false, length = 200)
    private String placeName;

    @Column(name = "grid_id")
    private Long gridId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private CaseState state;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "accept_warn_at", nullable = false)
    private Instant acceptWarnAt;

    @Column(name = "accept_due", nullable = false)
    private Instant acceptDue;

    @Column(name = "resolve_warn_at", nullable = false)
    private Instant resolveWarnAt;

    @Column(name = "resolve_due", nullable = false)
    private Instant resolveDue;

    @Column(name = "district_at", nullable = false)
    private Instant districtAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignee_kind", length = 20)
    private AssigneeKind assigneeKind;

    @Column(name = "assignee_user_id")
    private Long assigneeUserId;

    @Column(name = "assignee_provider_id")
    private Long assigneeProviderId;

    @Column(name = "assignee_name", length = 100)
    private String assigneeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_terms", length = 10)
    private WorkTerms workTerms;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "result", length = 2000)
    private String result;

    @Column(name = "reject_reason", length = 500)
    private String rejectReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "rating_comment", length = 500)
    private String ratingComment;

    @Column(name = "accept_warned_at")
    private Instant acceptWarnedAt;

    @Column(name = "resolve_warned_at")
    private Instant resolveWarnedAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "district_escalated_at")
    private Instant districtEscalatedAt;

    @Column(name = "district_synced_at")
    private Instant districtSyncedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CivicCase() {
    }

    /** A new case as filed; routing and deadlines are decided by the caller (see {@code CaseDesk}). */
    public CivicCase(Filing filing, Deadlines deadlines, Instant now) {
        this.categoryId = filing.categoryId();
        this.source = filing.source();
        this.channel = filing.channel();
        this.reporterId = filing.reporterId();
        this.reporterUserId = filing.reporterUserId();
        this.filedBy = filing.filedBy();
        this.description = filing.description().strip();
        this.placeKind = filing.place().kind();
        this.communityId = filing.place().communityId();
        this.buildingId = filing.place().buildingId();
        this.householdId = filing.place().householdId();
        this.placeName = filing.place().name();
        this.gridId = filing.gridId();
        this.state = CaseState.REPORTED;
        this.reportedAt = now;
        this.updatedAt = now;
        plan(deadlines);
    }

    /** What a case is filed with, once checked and routed. */
    public record Filing(long categoryId, CaseSource source, CaseChannel channel, Long reporterId,
                         Long reporterUserId, Long filedBy, String description, Place place, Long gridId) {
    }

    /** Where a case is: ids of the registry and a label for lists (the home's address or the area's name). */
    public record Place(PlaceKind kind, long communityId, Long buildingId, Long householdId, String name) {
    }

    /** Who works a case. */
    public record Assignee(AssigneeKind kind, Long userId, Long providerId, String name, WorkTerms terms) {
    }

    private void plan(Deadlines deadlines) {
        this.acceptWarnAt = deadlines.acceptWarnAt();
        this.acceptDue = deadlines.acceptDue();
        this.resolveWarnAt = deadlines.resolveWarnAt();
        this.resolveDue = deadlines.resolveDue();
        this.districtAt = deadlines.districtAt();
    }

    private void move(CaseAction action, Instant now) {
        state = CaseLifecycle.next(state, action);
        updatedAt = now;
    }

    public void accept(UserId user, Instant now) {
        move(CaseAction.ACCEPT, now);
        acceptedAt = now;
        acceptedBy = user.value();
    }

    public void assign(Assignee assignee, Instant now) {
        move(CaseAction.ASSIGN, now);
        assigneeKind = assignee.kind();
        assigneeUserId = assignee.userId();
        assigneeProviderId = assignee.providerId();
        assigneeName = assignee.name();
        workTerms = assignee.kind() == AssigneeKind.PROVIDER ? assignee.terms() : null;
        resolveWarnedAt = null;
    }

    public void start(Instant now) {
        move(CaseAction.START, now);
    }

    /** Work shown by a step moves an assigned (or reopened and assigned) case into progress. */
    public boolean startIfAssigned(Instant now) {
        if (CaseLifecycle.allows(state, CaseAction.START) && assigneeKind != null) {
            start(now);
            return true;
        }
        return false;
    }

    public void resolve(String outcome, Instant now) {
        move(CaseAction.RESOLVE, now);
        resolvedAt = now;
        result = outcome.strip();
    }

    public void reject(String reason, Instant now) {
        move(CaseAction.REJECT, now);
        rejectReason = reason.strip();
        closedAt = now;
    }

    /**
     * The reporter reopens a resolved case within {@link #SETTLE_PERIOD}; its resolve time starts again and the
     * earlier result is left to the timeline.
     */
    public void reopen(Deadlines fresh, Instant now) {
        if (state == CaseState.RESOLVED && now.isAfter(resolvedAt.plus(SETTLE_PERIOD))) {
            throw DomainException.conflict("case_reopen_period_over");
        }
        move(CaseAction.REOPEN, now);
        reopenCount++;
        resolvedAt = null;
        result = null;
        resolveWarnAt = fresh.resolveWarnAt();
        resolveDue = fresh.resolveDue();
        districtAt = fresh.districtAt();
        resolveWarnedAt = null;
        overdueAt = null;
    }

    /** The reporter rates a resolved case 1-5, which closes it. */
    public void rate(int stars, String comment, Instant now) {
        if (stars < 1 || stars > 5) {
            throw DomainException.conflict("case_rating_out_of_range");
        }
        move(CaseAction.CLOSE, now);
        rating = stars;
        ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
        closedAt = now;
    }

    /** Closes a resolved case nobody rated or reopened within {@link #SETTLE_PERIOD}; false if not yet due. */
    public boolean settle(Instant now) {
        if (state != CaseState.RESOLVED || now.isBefore(resolvedAt.plus(SETTLE_PERIOD))) {
            return false;
        }
        move(CaseAction.CLOSE, now);
        closedAt = now;
        return true;
    }

    /** Whether acceptance is overdue at {@code now} (not yet accepted past its due time). */
    public boolean acceptOverdue(Instant now) {
        return state == CaseState.REPORTED && now.isAfter(acceptDue);
    }

    /** Whether resolution is overdue at {@code now} (still open past its due time). */
    public boolean resolveOverdue(Instant now) {
        return state.isOpen() && now.isAfter(resolveDue);
    }

    public boolean overdue(Instant now) {
        return acceptOverdue(now) || resolveOverdue(now);
    }

    void acceptWarned(Instant now) {
        acceptWarnedAt = now;
    }

    void resolveWarned(Instant now) {
        resolveWarnedAt = now;
    }

    void escalatedToOperators(Instant now) {
        overdueAt = now;
    }

    void escalatedToDistrict(Instant now) {
        districtEscalatedAt = now;
        districtSyncedAt = now;
    }

    void syncedToDistrict(Instant now) {
        districtSyncedAt = now;
    }

    /** A step changes what the district's snapshot shows. */
    /**
     * The grid of the case's place changed after the report: the case goes to the new grid's workers (or, with no
     * grid, to the operators). A closed or rejected case stays where it was handled.
     */
    void reroute(Long grid) {
        if (state.isFinal()) {
            throw DomainException.invalidTransition(state, "reroute");
        }
        this.gridId = grid;
    }

    void touched(Instant now) {
        updatedAt = now;
    }

    public boolean acceptedOnTime() {
        return acceptedAt != null && !acceptedAt.isAfter(acceptDue);
    }

    public boolean resolvedOnTime() {
        return resolvedAt != null && !resolvedAt.isAfter(resolveDue);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long categoryId() {
        return categoryId;
    }

    public CaseSource source() {
        return source;
    }

    public CaseChannel channel() {
        return channel;
    }

    public Long reporterId() {
        return reporterId;
    }

    public Long reporterUserId() {
        return reporterUserId;
    }

    public Long filedBy() {
        return filedBy;
    }

    public String description() {
        return description;
    }

    public Place place() {
        return new Place(placeKind, communityId, buildingId, householdId, placeName);
    }

    public Long gridId() {
        return gridId;
    }

    public CaseState state() {
        return state;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Instant acceptWarnAt() {
        return acceptWarnAt;
    }

    public Instant acceptDue() {
        return acceptDue;
    }

    public Instant resolveWarnAt() {
        return resolveWarnAt;
    }

    public Instant resolveDue() {
        return resolveDue;
    }

    public Instant districtAt() {
        return districtAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Long acceptedBy() {
        return acceptedBy;
    }

    public Assignee assignee() {
        return assigneeKind == null ? null
                : new Assignee(assigneeKind, assigneeUserId, assigneeProviderId, assigneeName, workTerms);
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String result() {
        return result;
    }

    public String rejectReason() {
        return rejectReason;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int reopenCount() {
        return reopenCount;
    }

    public Integer rating() {
        return rating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    public Instant acceptWarnedAt() {
        return acceptWarnedAt;
    }

    public Instant resolveWarnedAt() {
        return resolveWarnedAt;
    }

    public Instant overdueAt() {
        return overdueAt;
    }

    public Instant districtEscalatedAt() {
        return districtEscalatedAt;
    }

    public Instant districtSyncedAt() {
        return districtSyncedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
