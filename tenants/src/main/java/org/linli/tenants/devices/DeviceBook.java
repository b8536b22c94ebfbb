package org.linli.tenants.devices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.Household;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the device services share: finding devices, the rules (seeded with defaults), places and false positives. */
@ApplicationScoped
class DeviceBook {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CaseCategories categories;

    Device device(long id, boolean lock) {
        Device device = lock ? em.find(Device.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Device.class, id);
        if (device == null) {
            throw DomainException.notFound("device_not_found");
        }
        return device;
    }

    DeviceAlert alert(long id, boolean lock) {
        DeviceAlert alert = lock ? em.find(DeviceAlert.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(DeviceAlert.class, id);
        if (alert == null) {
            throw DomainException.notFound("device_alert_not_found");
        }
        return alert;
    }

    /**
     * Every rule by kind; a tenant without rules gets the defaults (and the case categories they route to). Seeded
     * when the first device is registered (see {@link DeviceRegistry#register}) or the rules are first shown.
     */
    Map<EventKind, AlertRule> rules() {
        List<AlertRule> all = em.createQuery("select r from AlertRule r", AlertRule.class).getResultList();
        if (all.isEmpty()) {
            all = seed();
        }
        Map<EventKind, AlertRule> byKind = new EnumMap<>(EventKind.class);
        all.forEach(rule -> byKind.put(rule.eventKind(), rule));
        return byKind;
    }

    private List<AlertRule> seed() {
        List<AlertRule> seeded = new ArrayList<>();
        for (AlertPolicy.Default rule : AlertPolicy.DEFAULTS) {
            Long categoryId = rule.category() == null ? null : category(rule.category());
            AlertRule created = new AlertRule(rule.kind(), rule.details(categoryId));
            em.persist(created);
            seeded.add(created);
        }
        em.flush();
        return seeded;
    }

    /** The tenant's case category of that name, created in its tree when missing. */
    long category(AlertPolicy.DefaultCategory wanted) {
        return categories.list().stream().filter(category -> category.name().equals(wanted.name)).findFirst()
                .orElseGet(() -> categories.create(new CaseCommands.CategoryDetails(null, wanted.name, wanted.nameEn,
                        wanted.acceptMinutes, wanted.resolveMinutes, 500 + wanted.ordinal() * 10, true))).id();
    }

    /** The tenant's zone for quiet hours: that of its working calendar. */
    ZoneId zone() {
        return ZoneId.of(categories.calendar().settings().zone());
    }

    /** Where a device is registered, named as a case names it; the parts must exist and belong together. */
    Device.Place place(DeviceCommands.Registration registration) {
        PlaceKind kind = registration.placeKind();
        if (kind == PlaceKind.HOUSEHOLD) {
            Household home = registration.householdId() == null ? null
                    : em.find(Household.class, registration.householdId());
            if (home == null || !home.isActive()) {
                throw DomainException.invalid(FieldError.of("householdId", "household_not_found"));
            }
            return new Device.Place(kind, home.community().value(), home.building().value(), home.id().value(),
                    home.address(), null);
        }
        if (kind == PlaceKind.BUILDING) {
            Building building = registration.buildingId() == null ? null
                    : em.find(Building.class, registration.buildingId());
            if (building == null) {
                throw DomainException.invalid(FieldError.of("buildingId", "building_not_found"));
            }
            Community community = em.find(Community.class, building.community().value());
            return new Device.Place(kind, community.id().value(), building.id().value(), null,
                    community.name() + " " + building.name(), null);
        }
        Community community = registration.communityId() == null ? null
                : em.find(Community.class, registration.communityId());
        if (community == null) {
            throw DomainException.invalid(FieldError.of("communityId", "community_not_found"));
        }
        if (registration.placeName() == null || registration.placeName().isBlank()) {
            throw DomainException.invalid(FieldError.of("placeName", "required"));
        }
        String area = registration.placeName().strip();
        return new Device.Place(kind, community.id().value(), null, null, community.name() + " " + area, area);
    }

    /** Alerts, labelled alerts and false positives of each of {@code deviceIds}. */
    Map<Long, LabelFigures> figures(List<Long> deviceIds) {
        Map<Long, LabelFigures> figures = new HashMap<>();
        if (deviceIds.isEmpty()) {
            return figures;
        }
        List<Object[]> rows = em.createQuery("select a.deviceId, a.label, count(a) from DeviceAlert a"
                        + " where a.deviceId in :ids group by a.deviceId, a.label", Object[].class)
                .setParameter("ids", deviceIds).getResultList();
        for (Object[] row : rows) {
            long device = (Long) row[0];
            long count = ((Number) row[2]).longValue();
            AlertLabel label = (AlertLabel) row[1];
            LabelFigures before = figures.getOrDefault(device, LabelFigures.NONE);
            figures.put(device, new LabelFigures(before.alerts() + count,
                    before.labelled() + (label == null ? 0 : count),
                    before.falsePositives() + (label == AlertLabel.FALSE_POSITIVE ? count : 0)));
        }
        return figures;
    }
}
