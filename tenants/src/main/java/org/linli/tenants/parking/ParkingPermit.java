package org.linli.tenants.parking;

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
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A monthly permit (月租) for one plate in one lot, valid from its first to its last day inclusive. It is bought as
 * an order and follows it: valid once paid, void when the order is cancelled or refunded.
 */
@Entity
@Table(name = "parking_permit")
public class ParkingPermit extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parking_permit_seq")
    @SequenceGenerator(name = "parking_permit_seq", sequenceName = "parking_permit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "plate", nullable = false, length = 10)
    private String plate;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "placed_by", nullable = false)
    private long placedBy;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PermitStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ParkingPermit() {
    }

    ParkingPermit(LotId lot, String plate, long residentId, long placedBy, LocalDate from, int months, long orderId,
                  Instant createdAt) {
        this.lotId = lot.value();
        this.plate = plate;
        this.residentId = residentId;
        this.placedBy = placedBy;
        this.validFrom = from;
        this.validUntil = from.plusMonths(months).minusDays(1);
        this.orderId = orderId;
        this.status = PermitStatus.PENDING;
        this.createdAt = createdAt;
    }

    void activate() {
        if (status == PermitStatus.PENDING) {
            status = PermitStatus.ACTIVE;
        }
    }

    void cancel() {
        status = PermitStatus.CANCELLED;
    }

    /** Whether the permit lets {@code plate} park free on {@code day}. */
    public boolean covers(LocalDate day) {
        return status == PermitStatus.ACTIVE && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public long id() {
        return id;
    }

    public LotId lot() {
        return new LotId(lotId);
    }

    public String plate() {
        return plate;
    }

    public long residentId() {
        return residentId;
    }

    public long placedBy() {
        return placedBy;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public long orderId() {
        return orderId;
    }

    public PermitStatus status() {
        return status;
    }

    @Override
    public String auditName() {
        return "parking-permit:" + id;
    }
}
