package org.linli.tenants.parking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Duration;
import java.time.Instant;

/**
 * One stay of a vehicle in a lot, from entry to exit. The fee is fixed at exit from the lot's tariff, or zero when
 * the plate held a valid monthly permit on entry. A plate has at most one open stay per lot.
 */
@Entity
@Table(name = "visitor_session")
public class VisitorSession extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visitor_session_seq")
    @SequenceGenerator(name = "visitor_session_seq", sequenceName = "visitor_session_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "plate", nullable = false, length = 10)
    private String plate;

    @Column(name = "permit_id")
    private Long permitId;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "exited_at")
    private Instant exitedAt;

    @Column(name = "fee_fen")
    private Long feeFen;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected VisitorSession() {
    }

    VisitorSession(LotId lot, String plate, Long permitId, Instant enteredAt, String recordedBy) {
        this.lotId = lot.value();
        this.plate = plate;
        this.permitId = permitId;
        this.enteredAt = enteredAt;
        this.recordedBy = recordedBy;
    }

    void exit(Instant at, ParkingTariff tariff) {
        if (exitedAt != null) {
            throw DomainException.conflict("session_closed");
        }
        if (at.isBefore(enteredAt)) {
            throw DomainException.conflict("exit_before_entry");
        }
        exitedAt = at;
        feeFen = permitId != null ? 0 : tariff.fee(Duration.between(enteredAt, at)).fen();
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

    public Long permitId() {
        return permitId;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public Instant exitedAt() {
        return exitedAt;
    }

    /** The fee, once the vehicle has left. */
    public Money fee() {
        return feeFen == null ? null : Money.fen(feeFen);
    }

    public boolean isOpen() {
        return exitedAt == null;
    }

    @Override
    public String auditName() {
        return "parking-session:" + id;
    }
}
