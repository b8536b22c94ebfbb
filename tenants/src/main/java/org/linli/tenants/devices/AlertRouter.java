package org.linli.tenants.devices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseDesk;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Turns an alerting event into an alert and routes it, inside the caller's transaction: the pipeline for devices'
 * events, the watch for a device's silence. The decision is {@link AlertPolicy}'s; this class reads what it needs
 * and carries the decision out through the case desk.
 */
@ApplicationScoped
class AlertRouter {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    DeviceBook book;

    @Inject
    CaseDesk cases;

    /**
     * Judges an alerting event of {@code kind} at {@code at} by the tenant's rule and routes it; answers the alert it
     * counted towards. The watch routes a device's silence (kind OFFLINE) through here too.
     */
    DeviceAlert route(Device device, EventKind kind, Instant at, String detail) {
        AlertRule rule = book.rules().get(kind);
        if (rule == null) {
            rule = new AlertRule(kind, new DeviceCommands.RuleDetails(0, 0, null, null, Severity.NORMAL, null));
        }
        AlertPolicy.Situation situation = new AlertPolicy.Situation(device.id(), at,
                rule.quietFrom() == null ? ZoneOffset.UTC : book.zone(), latest(device, kind),
                nearby(device, kind, at, rule.correlationWindow()));
        AlertPolicy.Decision decision = AlertPolicy.decide(rule, situation);
        if (decision instanceof AlertPolicy.Repeat repeat) {
            DeviceAlert alert = book.alert(repeat.alertId(), true);
            alert.repeatedAt(at);
            if (alert.caseId() != null) {
                cases.noteFromDevice(alert.caseId(), DeviceCaseTexts.of("repeated", alert.eventCount(),
                        describe(device, kind, detail)));
            }
            return alert;
        }
        AlertPolicy.Raise raise = (AlertPolicy.Raise) decision;
        DeviceAlert alert = new DeviceAlert(device, kind, raise.severity(), AlertRouting.RECORDED, at);
        em.persist(alert);
        em.flush();
        if (raise.quiet()) {
            alert.routedTo(null, AlertRouting.QUIET);
            return alert;
        }
        if (raise.correlated().isPresent()) {
            DeviceAlert other = book.alert(raise.correlated().get().alertId(), true);
            other.escalate(Severity.CRITICAL);
            if (other.caseId() != null && cases.noteFromDevice(other.caseId(),
                    DeviceCaseTexts.of("correlated", describe(device, kind, detail)))) {
                alert.routedTo(other.caseId(), AlertRouting.CASE_JOINED);
                return alert;
            }
        }
        if (rule.categoryId() != null) {
            Device.Place place = device.place();
            long caseId = cases.fileForDevice(new CaseCommands.DeviceReport(rule.categoryId(),
                    DeviceCaseTexts.severity(alert.severity()) + describe(device, kind, detail), place.kind(),
                    place.communityId(), place.buildingId(), place.householdId(), device.areaName()))
                    .civicCase().id();
            alert.routedTo(caseId, AlertRouting.CASE_OPENED);
        }
        return alert;
    }

    private AlertPolicy.Recent latest(Device device, EventKind kind) {
        return em.createQuery("select a from DeviceAlert a where a.deviceId = :device and a.kind = :kind"
                        + " order by a.lastAt desc, a.id desc", DeviceAlert.class)
                .setParameter("device", device.id()).setParameter("kind", kind).setMaxResults(1)
                .getResultStream().findFirst().map(AlertRouter::recent).orElse(null);
    }

    /** Alerts of the kind by other devices of the same building (or community, outside buildings) around {@code at}. */
    private List<AlertPolicy.Recent> nearby(Device device, EventKind kind, Instant at, Duration window) {
        if (window.isZero()) {
            return List.of();
        }
        Long building = device.place().buildingId();
        TypedQuery<DeviceAlert> query = em.createQuery("select a from DeviceAlert a where a.kind = :kind"
                        + " and a.deviceId <> :device and a.communityId = :community"
                        + (building == null ? " and a.buildingId is null" : " and a.buildingId = :building")
                        + " and a.lastAt >= :from and a.firstAt <= :to order by a.lastAt desc", DeviceAlert.class)
                .setParameter("kind", kind).setParameter("device", device.id())
                .setParameter("community", device.place().communityId())
                .setParameter("from", at.minus(window)).setParameter("to", at.plus(window));
        if (building != null) {
            query.setParameter("building", building);
        }
        return query.setMaxResults(20).getResultList().stream().map(AlertRouter::recent).toList();
    }

    private static AlertPolicy.Recent recent(DeviceAlert a) {
        return new AlertPolicy.Recent(a.id(), a.deviceId(), a.firstAt(), a.lastAt(), a.caseId());
    }

    static String describe(Device device, EventKind kind, String detail) {
        return detail == null
                ? DeviceCaseTexts.of("alert", DeviceCaseTexts.event(kind), device.name(), device.place().name())
                : DeviceCaseTexts.of("alert.detail", DeviceCaseTexts.event(kind), device.name(),
                device.place().name(), detail);
    }
}
