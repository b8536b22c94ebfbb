package org.linli.tenants.registry.vehicles;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.crypto.PersonalDataVault;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.privacy.Disclosed;
import org.linli.tenants.privacy.Disclosure;
import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.registry.RegistryEvent;
import org.linli.tenants.registry.RegistryEventKind;
import org.linli.tenants.registry.residents.ContactRules;
import org.linli.tenants.registry.residents.ResidentCommands;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdId;
import org.linli.tenants.registry.structure.StructureService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Households' vehicles. A plate is registered once per tenant; it is found by plate without being exposed. */
@ApplicationService
public class VehicleService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    PersonalDataVault vault;

    @Inject
    Disclosure disclosure;

    @Inject
    Clock clock;

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<VehicleRecord> ofHousehold(HouseholdId household, PageRequest page) {
        TenantContext.require();
        Page<Vehicle> vehicles = PagedQuery.of(em, Vehicle.class, "v")
                .filter("v.householdId = :household", "household", household.value()).page("v.id", page);
        return new Page<>(records(vehicles.items()), vehicles.total(), vehicles.page(), vehicles.size());
    }

    /** The active vehicle with this plate, e.g. at a parking gate. */
    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Optional<VehicleRecord> byPlate(String plate) {
        TenantContext.require();
        String normalised = ContactRules.plate(plate).orElseThrow(() -> DomainException.invalid(
                FieldError.of("plate", "plate_format")));
        return em.createQuery("select v from Vehicle v where v.plateIndex = :index and v.status = :active", Vehicle.class)
                .setParameter("index", vault.index(normalised)).setParameter("active", VehicleStatus.ACTIVE)
                .getResultStream().findFirst()
                .map(vehicle -> records(List.of(vehicle)).get(0));
    }

    @Audited("vehicle.create")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public VehicleRecord create(ResidentCommands.NewVehicle command) {
        TenantContext.require();
        validator.validate(command);
        String plate = ContactRules.plate(command.plate()).orElseThrow(() -> DomainException.invalid(
                FieldError.of("plate", "plate_format")));
        Household household = em.find(Household.class, command.household().value());
        if (household == null) {
            throw DomainException.notFound("household_not_found");
        }
        String index = vault.index(plate);
        if (!em.createQuery("select v.id from Vehicle v where v.plateIndex = :index and v.status = :active", Long.class)
                .setParameter("index", index).setParameter("active", VehicleStatus.ACTIVE).getResultList().isEmpty()) {
            throw DomainException.invalid(FieldError.of("plate", "vehicle_duplicate"));
        }
        Vehicle vehicle = new Vehicle(household, vault.seal(plate), index, clock.instant());
        em.persist(vehicle);
        return records(List.of(vehicle)).get(0);
    }

    @Audited("vehicle.deactivate")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public VehicleRecord deactivate(@AuditTarget VehicleId id) {
        TenantContext.require();
        Vehicle vehicle = id == null ? null : em.find(Vehicle.class, id.value());
        if (vehicle == null) {
            throw DomainException.notFound("vehicle_not_found");
        }
        vehicle.deactivate();
        em.persist(RegistryEvent.ofVehicle(RegistryEventKind.VEHICLE_DEACTIVATED, vehicle.id(), vehicle.household(),
                CurrentUser.username(), clock.instant()));
        return records(List.of(vehicle)).get(0);
    }

    private List<VehicleRecord> records(List<Vehicle> vehicles) {
        Disclosed disclosed = disclosure.forCaller();
        return vehicles.stream().map(v -> new VehicleRecord(v.id(), v.household(),
                disclosed.isVisible(PersonalField.PLATE) ? disclosed.show(PersonalField.PLATE,
                        vault.open(v.plateSealed())) : null, v.isActive())).toList();
    }
}
