package org.linli.tenants.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * The lock row of one member's points: every change of a member's lots (award, spend, give-back, expiry, mall
 * redemption) first locks this row for update in its own transaction, so that balance checks hold under parallel
 * requests while other members' changes never wait for it.
 */
@Entity
@Table(name = "points_account")
public class PointsAccount extends TenantOwned {

    @Id
    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected PointsAccount() {
    }

    PointsAccount(long residentId, Instant openedAt) {
        this.residentId = residentId;
        this.openedAt = openedAt;
    }

    public long residentId() {
        return residentId;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
