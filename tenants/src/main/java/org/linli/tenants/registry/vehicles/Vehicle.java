package org.linli.tenants.registry.vehicles;

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
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.grids.GridScope;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdId;

import java.time.Instant;

/** A household's vehicle. The plate is sealed and blind-indexed, so parking can find it without exposing it. */
@Entity
@Table(name = "vehicle")
@AdditionalCriteria(GridScope.CRITERIA)
public class Vehicle extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vehicle_seq")
    @SequenceGenerator(name = "vehicle_seq", sequenceName = "vehicle_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "grid_id")
    private Long gridId;

    @Column(name = "plate_sealed", nullable = false, length = 200)
    private String plateSealed;

    @Column(name = "plate_index", nullable = false, length = 40)
    private String plateIndex;

    /** A plain status rather than a boolean: EclipseLink binds booleans as numbers on H2, which H2 2 refuses. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private VehicleStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Vehicle() {
    }

    Vehicle(Household household, String sealedPlate, String plateBlindIndex, Instant createdAt) {
        moveTo(household);
        this.plateSealed = sealedPlate;
        this.plateIndex = plateBlindIndex;
        this.status = VehicleStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    /** The vehicle follows its household, also when households are merged (the structure's merge calls this). */
    public final void moveTo(Household household) {
        this.householdId = household.id().value();
        this.communityId = household.community().value();
        this.gridId = household.gridId();
    }

    void deactivate() {
        if (status != VehicleStatus.ACTIVE) {
            throw DomainException.conflict("vehicle_inactive");
        }
        status = VehicleStatus.DEREGISTERED;
    }

    /** The plate sealed again under the active key; only the registry's resealing writes it. */
    public void resealed(String plate) {
        this.plateSealed = plate;
    }

    public VehicleId id() {
        return new VehicleId(id);
    }

    public HouseholdId household() {
        return new HouseholdId(householdId);
    }

    /** The plate as sealed at rest, for the registry's resealing; readers get it opened through the vault. */
    public String plateSealed() {
        return plateSealed;
    }

    public boolean isActive() {
        return status == VehicleStatus.ACTIVE;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
