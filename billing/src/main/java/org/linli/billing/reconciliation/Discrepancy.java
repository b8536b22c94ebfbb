package org.linli.billing.reconciliation;

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
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One disagreement found by reconciliation (对账差异), queued until finance resolves it with a note, or until a later
 * run of the same day finds it matched. Keyed by day, kind, trade number and refund request number, so running a
 * day again never queues the same disagreement twice.
 */
@Entity
@Table(name = "discrepancy")
public class Discrepancy extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discrepancy_seq")
    @SequenceGenerator(name = "discrepancy_seq", sequenceName = "discrepancy_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "bill_day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DiscrepancyKind kind;

    @Column(name = "trade_number", nullable = false, length = 64)
    private String tradeNumber;

    @Column(name = "request_no", nullable = false, length = 64)
    private String requestNo;

    @Column(name = "gateway_fen")
    private Long gatewayFen;

    @Column(name = "ours_fen")
    private Long oursFen;

    @Column(name = "detail", nullable = false, length = 200)
    private String detail;

    /**
     * The {@link #key()} of a disagreement found in the bill, unique per tenant and day, so that two runs of one day
     * at once cannot both queue it; none for a refused call, which may be queued again once finance resolved it.
     */
    @Column(name = "queue_key", length = 150)
    private String queueKey;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolution", length = 500)
    private String resolution;

    protected Discrepancy() {
    }

    Discrepancy(LocalDate day, DiscrepancyKind kind, String tradeNumber, String requestNo, Money gateway,
                Money ours, String detail, Instant foundAt) {
        this.day = day;
        this.kind = kind;
        this.tradeNumber = tradeNumber;
        this.requestNo = requestNo == null ? "" : requestNo;
        this.gatewayFen = gateway == null ? null : gateway.fen();
        this.oursFen = ours == null ? null : ours.fen();
        this.detail = detail;
        this.foundAt = foundAt;
        this.queueKey = kind == DiscrepancyKind.GATEWAY_REFUSED ? null : key();
    }

    /** What identifies the disagreement across runs of the same day. */
    String key() {
        return kind + "|" + tradeNumber + "|" + requestNo;
    }

    void resolve(String by, String note, Instant at) {
        if (resolvedAt != null) {
            throw DomainException.conflict("discrepancy_resolved");
        }
        this.resolvedBy = by;
        this.resolution = note;
        this.resolvedAt = at;
    }

    public long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public DiscrepancyKind kind() {
        return kind;
    }

    public String tradeNumber() {
        return tradeNumber;
    }

    public String requestNo() {
        return requestNo.isEmpty() ? null : requestNo;
    }

    public Money gateway() {
        return gatewayFen == null ? null : Money.fen(gatewayFen);
    }

    public Money ours() {
        return oursFen == null ? null : Money.fen(oursFen);
    }

    public String detail() {
        return detail;
    }

    public Instant foundAt() {
        return foundAt;
    }

    public boolean open() {
        return resolvedAt == null;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public String resolution() {
        return resolution;
    }

    @Override
    public String auditName() {
        return "discrepancy:" + id;
    }
}
