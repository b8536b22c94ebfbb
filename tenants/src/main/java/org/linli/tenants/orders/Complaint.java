package org.linli.tenants.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A resident's complaint about an order (投诉), open until an operator resolves it with a written resolution.
 * Resolving says what was decided; money, if any, moves through the order's own refund actions.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "placed_by", nullable = false)
    private long placedBy;

    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    @Column(name = "resolution", length = 1000)
    private String resolution;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Complaint() {
    }

    Complaint(ServiceOrder order, long placedBy, String text, Instant createdAt) {
        this.orderId = order.id().value();
        this.providerId = order.providerId();
        this.placedBy = placedBy;
        this.text = text;
        this.createdAt = createdAt;
    }

    void resolve(String resolution, String by, Instant at) {
        if (resolvedAt != null) {
            throw DomainException.conflict("complaint_resolved");
        }
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public long providerId() {
        return providerId;
    }

    public long placedBy() {
        return placedBy;
    }

    public String text() {
        return text;
    }

    public String resolution() {
        return resolution;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    @Override
    public String auditName() {
        return "complaint:" + id;
    }
}
