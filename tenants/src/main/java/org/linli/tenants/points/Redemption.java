package org.linli.tenants.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A resident's redemption of one mall reward, paid in points (spent under the reference {@link #reference()}) and
 * collected with its pickup code. Lifecycle: see {@link RedemptionStatus}; only a waiting redemption can be handed
 * over or cancelled, and cancelling gives the points back to their lots.
 */
@Entity
@Table(name = "points_redemption")
public class Redemption extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_redemption_seq")
    @SequenceGenerator(name = "points_redemption_seq", sequenceName = "points_redemption_seq", allocationSize = 50)
    private Long id;

    @Column(name = "reward_id", nullable = false)
    private long rewardId;

    @Column(name = "reward_name", nullable = false, length = 60)
    private String rewardName;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "points", nullable = false)
    private long points;

    @Column(name = "pickup_code", nullable = false, length = 12)
    private String pickupCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private RedemptionStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    protected Redemption() {
    }

    Redemption(Reward reward, long residentId, String pickupCode, Instant createdAt) {
        this.rewardId = reward.id();
        this.rewardName = reward.name();
        this.residentId = residentId;
        this.points = reward.price();
        this.pickupCode = pickupCode;
        this.status = RedemptionStatus.WAITING;
        this.createdAt = createdAt;
    }

    void handOver(String by, Instant at) {
        close(RedemptionStatus.HANDED_OVER, "hand-over", by, at);
    }

    void cancel(String by, Instant at) {
        close(RedemptionStatus.CANCELLED, "cancel", by, at);
    }

    private void close(RedemptionStatus to, String action, String by, Instant at) {
        if (status != RedemptionStatus.WAITING) {
            throw DomainException.invalidTransition(status, action);
        }
        status = to;
        closedBy = by;
        closedAt = at;
    }

    /** The spending reference of the points paid. */
    public String reference() {
        return "redemption:" + id;
    }

    public long id() {
        return id;
    }

    public long rewardId() {
        return rewardId;
    }

    public String rewardName() {
        return rewardName;
    }

    public long residentId() {
        return residentId;
    }

    public long points() {
        return points;
    }

    public String pickupCode() {
        return pickupCode;
    }

    public RedemptionStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    @Override
    public String auditName() {
        return "points-redemption:" + id;
    }
}
