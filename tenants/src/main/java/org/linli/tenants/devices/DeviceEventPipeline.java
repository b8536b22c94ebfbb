package org.linli.tenants.devices;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.crypto.PersonalDataVault;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.cases.CaseDesk;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The one way a device's event comes in, whatever carried it (HTTP now, MQTT or a rule of Linli's own later): the
 * caller has checked the signature and the clock ({@link DeviceIntake}); here the nonce is recorded (a nonce seen
 * before is {@code replayed}), the device's last-seen time moves on (an OFFLINE device is ACTIVE again and its
 * maintenance case is told), and an alerting event is judged by the tenant's rule for its kind ({@link AlertPolicy})
 * and routed: counted towards the device's latest alert, recorded quietly, joined to a correlated alert's case, or
 * filed as a new case (source DEVICE) in the place's grid. Runs as a system job of the device's tenant.
 */
@ApplicationService
public class DeviceEventPipeline {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    DeviceBook book;

    @Inject
    PersonalDataVault vault;

    @Inject
    CaseDesk cases;

    @Inject
    AlertRouter router;

    @Inject
    Clock clock;

    /** What the intake needs to check a device's signature. */
    public record Credentials(long deviceId, DeviceState state, String secret) {
    }

    /** What became of an event. {@code alertId} is null for events that raise no alert (heartbeats). */
    public record Receipt(long deviceId, EventKind kind, Long alertId, AlertRouting routing, Severity severity,
                          Long caseId, int eventCount) {
    }

    /** The device's secret, to check a signature with; empty when no device has the code. */
    @Query
    @RequiresPermission(Permissions.DEVICE_INGEST)
    public Optional<Credentials> credentials(String code) {
        return em.createQuery("select d from Device d where d.code = :code", Device.class)
                .setParameter("code", code).getResultStream().findFirst()
                .map(d -> new Credentials(d.id(), d.state(), vault.open(d.sealedSecret())));
    }

    /** Takes in a verified event of the device (see the class description). */
    @Audited("device.event")
    @RequiresPermission(Permissions.DEVICE_INGEST)
    public Receipt accept(@AuditTarget long deviceId, String nonce, DeviceEvent event) {
        Instant now = clock.instant();
        Device device = book.device(deviceId, true);
        if (device.state() == DeviceState.RETIRED) {
            throw DomainException.forbidden("device_retired");
        }
        boolean seen = !em.createQuery("select n.deviceId from DeviceNonce n where n.deviceId = :device"
                        + " and n.nonce = :nonce", Long.class).setParameter("device", deviceId)
                .setParameter("nonce", nonce).setMaxResults(1).getResultList().isEmpty();
        if (seen) {
            throw EventSignature.replayed();
        }
        em.persist(new DeviceNonce(deviceId, nonce, now));
        em.flush();
        event.requireTimely(now);
        Long silence = device.heardAt(now);
        if (silence != null) {
            cases.noteFromDevice(silence, DeviceCaseTexts.of("reporting-again", device.name()));
        }
        if (event.kind().showsActivity() && device.watchesActivity()) {
            device.activityAt(event.occurredAt());
            return new Receipt(deviceId, event.kind(), null, null, null, null, 0);
        }
        if (!event.kind().alerts()) {
            return new Receipt(deviceId, event.kind(), null, null, null, null, 0);
        }
        DeviceAlert alert = router.route(device, event.kind(), event.occurredAt(), event.detail());
        em.persist(new DeviceEventRecord(deviceId, event, now, alert.id()));
        return new Receipt(deviceId, event.kind(), alert.id(), alert.routing(), alert.severity(), alert.caseId(),
                alert.eventCount());
    }
}
