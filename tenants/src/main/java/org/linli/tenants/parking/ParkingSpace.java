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
import org.linli.platform.tenancy.TenantOwned;

/** A numbered space of a lot, for monthly permits or for visitors. */
@Entity
@Table(name = "parking_space")
public class ParkingSpace extends TenantOwned {

    /** What a space is for. */
    public enum Kind { MONTHLY, VISITOR }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parking_space_seq")
    @SequenceGenerator(name = "parking_space_seq", sequenceName = "parking_space_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    protected ParkingSpace() {
    }

    ParkingSpace(LotId lot, String code, Kind kind) {
        this.lotId = lot.value();
        this.code = code;
        this.kind = kind;
    }

    public long id() {
        return id;
    }

    public LotId lot() {
        return new LotId(lotId);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
