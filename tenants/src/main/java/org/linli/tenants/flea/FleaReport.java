package org.linli.tenants.flea;

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
import org.linli.platform.audit.AuditSubject;

import java.time.Instant;

/**
 * A resident's report of a listing. Open until an operator decides: hiding the listing upholds every open report of
 * it, restoring dismisses them; the decision keeps the operator's note. Upheld reports count against the seller.
 */
@Entity
@Table(name = "flea_report")
public class FleaReport extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flea_report_seq")
    @SequenceGenerator(name = "flea_report_seq", sequenceName = "flea_report_seq", allocationSize = 50)
    private Long id;

    @Column(name = "listing_id", nullable = false)
    private long listingId;

    @Column(name = "seller_id", nullable = false)
    private long sellerId;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(name = "reason", nullable = false, length = 300)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReportStatus status;

    @Column(name = "note", length = 300)
    private String note;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FleaReport() {
    }

    FleaReport(Listing listing, long reporterId, String reason, Instant now) {
        this.listingId = listing.id();
        this.sellerId = listing.sellerId();
        this.reporterId = reporterId;
        this.reason = reason.strip();
        this.status = ReportStatus.OPEN;
        this.createdAt = now;
    }

    void decide(boolean upheld, String note, String operator, Instant now) {
        this.status = upheld ? ReportStatus.UPHELD : ReportStatus.DISMISSED;
        this.note = note;
        this.decidedBy = operator;
        this.decidedAt = now;
    }

    @Override
    public String auditName() {
        return "flea-report:" + id;
    }

    public long id() {
        return id;
    }

    public long listingId() {
        return listingId;
    }

    public long sellerId() {
        return sellerId;
    }

    public long reporterId() {
        return reporterId;
    }

    public String reason() {
        return reason;
    }

    public ReportStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
