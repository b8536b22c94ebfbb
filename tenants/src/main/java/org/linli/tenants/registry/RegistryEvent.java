package org.linli.tenants.registry;

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
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.structure.HouseholdId;
import org.linli.tenants.registry.vehicles.VehicleId;

import java.time.Instant;

/**
 * The history of the registry's people and homes: moves, merges, deactivations and verifications, each with who
 * and when. Append-only; the current state lives on the entities, the path to it here.
 */
@Entity
@Table(name = "registry_event")
public class RegistryEvent extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_event_seq")
    @SequenceGenerator(name = "registry_event_seq", sequenceName = "registry_event_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private RegistryEventKind kind;

    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "vehicle_id")
    private Long vehicleId;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "other_household_id")
    private Long otherHouseholdId;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected RegistryEvent() {
    }

    private RegistryEvent(RegistryEventKind kind, Long residentId, Long vehicleId, Long householdId,
                          Long otherHouseholdId, String actor, Instant occurredAt) {
        this.kind = kind;
        this.residentId = residentId;
        this.vehicleId = vehicleId;
        this.householdId = householdId;
        this.otherHouseholdId = otherHouseholdId;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public static RegistryEvent ofResident(RegistryEventKind kind, ResidentId resident, HouseholdId from,
                                           HouseholdId to, String actor, Instant at) {
        return new RegistryEvent(kind, resident.value(), null, from == null ? null : from.value(),
                to == null ? null : to.value(), actor, at);
    }

    public static RegistryEvent ofHousehold(RegistryEventKind kind, HouseholdId household, HouseholdId other,
                                            String actor, Instant at) {
        return new RegistryEvent(kind, null, null, household.value(), other == null ? null : other.value(), actor, at);
    }

    public static RegistryEvent ofVehicle(RegistryEventKind kind, VehicleId vehicle, HouseholdId household,
                                          String actor, Instant at) {
        return new RegistryEvent(kind, null, vehicle.value(), household.value(), null, actor, at);
    }

    public RegistryEventKind kind() {
        return kind;
    }

    public Long residentId() {
        return residentId;
    }

    public Long householdId() {
        return householdId;
    }

    public Long otherHouseholdId() {
        return otherHouseholdId;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
