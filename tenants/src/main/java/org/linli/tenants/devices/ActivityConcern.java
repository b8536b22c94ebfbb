package org.linli.tenants.devices;

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
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.grids.GridScope;
import org.linli.tenants.registry.grids.GridScoped;

import java.time.Instant;

/**
 * An elder living alone whose home has been still too long in the daytime ({@link ElderActivity}): since when, who
 * acknowledged it and what they said, the case opened when nobody did in time. Lifecycle in {@link ConcernState}.
 * It names a person, so it follows the household's grid like the registry's own rows.
 */
@Entity
@AdditionalCriteria(GridScope.CRITERIA)
@GridScoped(follows = "householdId")
@Table(name = "device_activity_concern")
public class ActivityConcern extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_activity_concern_seq")
    @SequenceGenerator(name = "device_activity_concern_seq", sequenceName = "device_activity_concern_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "elder_id", nullable = false)
    private long elderId;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "grid_id")
    private Long gridId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "silent_since", nullable = false)
    private Instant silentSince;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 15)
    private ConcernState state;

    @Column(name = "acknowledged_by")
    private Long acknowledgedBy;

    @Column(name = "acknowledged_name", length = 100)
    private String acknowledgedName;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledge_note", length = 200)
    private String acknowledgeNote;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected ActivityConcern() {
    }

    ActivityConcern(ElderActivity.Watched elder, Instant silentSince, Instant raisedAt) {
        this.elderId = elder.residentId();
        this.householdId = elder.householdId();
        this.gridId = elder.gridId();
        this.communityId = elder.communityId();
        this.silentSince = silentSince;
        this.raisedAt = raisedAt;
        this.state = ConcernState.OPEN;
    }

    /** Someone of the elder's circle saw to it; the first acknowledgement counts, later ones are refused. */
    void acknowledge(long userId, String name, String note, Instant at) {
        if (!state.isCurrent()) {
            throw DomainException.conflict("activity_concern_closed");
        }
        if (acknowledgedAt != null) {
            throw DomainException.conflict("activity_concern_acknowledged");
        }
        acknowledgedBy = userId;
        acknowledgedName = name;
        acknowledgedAt = at;
        acknowledgeNote = note;
        if (state == ConcernState.OPEN) {
            state = ConcernState.ACKNOWLEDGED;
        }
    }

    /** Nobody acknowledged in time: the case now carries it. */
    void escalate(long caseId) {
        if (state != ConcernState.OPEN) {
            throw DomainException.invalidTransition(state, "escalate");
        }
        this.caseId = caseId;
        this.state = ConcernState.ESCALATED;
    }

    void resolve(Instant at) {
        if (!state.isCurrent()) {
            throw DomainException.invalidTransition(state, "resolve");
        }
        state = ConcernState.RESOLVED;
        resolvedAt = at;
    }

    public long id() {
        return id;
    }

    public long elderId() {
        return elderId;
    }

    public long householdId() {
        return householdId;
    }

    public long communityId() {
        return communityId;
    }

    public Instant silentSince() {
        return silentSince;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public ConcernState state() {
        return state;
    }

    public String acknowledgedName() {
        return acknowledgedName;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgeNote() {
        return acknowledgeNote;
    }

    public Long caseId() {
        return caseId;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
