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
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A parking lot of a community, run by a parking provider: its visitor tariff and the offering that sells its
 * monthly permits (so a permit is bought and paid like any order).
 */
@Entity
@Table(name = "parking_lot")
public class ParkingLot extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parking_lot_seq")
    @SequenceGenerator(name = "parking_lot_seq", sequenceName = "parking_lot_seq", allocationSize = 50)
    private Long id;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "free_minutes", nullable = false)
    private int freeMinutes;

    @Column(name = "hourly_rate_fen", nullable = false)
    private long hourlyRateFen;

    @Column(name = "daily_cap_fen", nullable = false)
    private long dailyCapFen;

    @Column(name = "permit_offering_id")
    private Long permitOfferingId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ParkingLot() {
    }

    ParkingLot(ParkingCommands.NewLot lot, Instant createdAt) {
        this.communityId = lot.communityId();
        this.providerId = lot.providerId();
        this.name = lot.name().strip();
        this.freeMinutes = lot.freeMinutes();
        this.hourlyRateFen = lot.hourlyRateFen();
        this.dailyCapFen = lot.dailyCapFen();
        this.permitOfferingId = lot.permitOfferingId();
        this.createdAt = createdAt;
    }

    public LotId id() {
        return new LotId(id);
    }

    public long communityId() {
        return communityId;
    }

    public long providerId() {
        return providerId;
    }

    public String name() {
        return name;
    }

    public ParkingTariff tariff() {
        return new ParkingTariff(freeMinutes, Money.fen(hourlyRateFen), Money.fen(dailyCapFen));
    }

    public Long permitOfferingId() {
        return permitOfferingId;
    }

    @Override
    public String auditName() {
        return "parking-lot:" + id;
    }
}
