package org.linli.tenants.eldercare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/** An alert that a planned care visit was missed, for the elder's family and the tenant's operators. */
@Entity
@Table(name = "care_alert")
public class CareAlert extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_alert_seq")
    @SequenceGenerator(name = "care_alert_seq", sequenceName = "care_alert_seq", allocationSize = 50)
    private Long id;

    @Column(name = "visit_id", nullable = false)
    private long visitId;

    @Column(name = "elder_id", nullable = false)
    private long elderId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected CareAlert() {
    }

    CareAlert(CareVisit visit, Instant raisedAt) {
        this.visitId = visit.id();
        this.elderId = visit.elderId();
        this.providerId = visit.providerId();
        this.scheduledAt = visit.scheduledAt();
        this.raisedAt = raisedAt;
    }

    public long id() {
        return id;
    }

    public long visitId() {
        return visitId;
    }

    public long elderId() {
        return elderId;
    }

    public long providerId() {
        return providerId;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Instant raisedAt() {
        return raisedAt;
    }
}
