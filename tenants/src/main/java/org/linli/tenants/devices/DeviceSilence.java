package org.linli.tenants.devices;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.audit.Audited;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Finds the tenant's devices silent past their heartbeat interval: each becomes OFFLINE with an alert of kind
 * OFFLINE, routed by its rule (by default a maintenance case). A device stays OFFLINE until it is heard from again,
 * so a silence raises one case however many sweeps see it. Also forgets nonces too old to pass the clock check.
 * Run by {@link DeviceWatch} every five minutes, and by operators who want it now.
 */
@ApplicationService
public class DeviceSilence {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    private static final DateTimeFormatter SINCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    AlertRouter router;

    @Inject
    DeviceBook book;

    @Inject
    Clock clock;

    /** What a sweep did: devices marked offline, nonces forgotten. */
    public record Sweep(List<Long> wentOffline, int noncesPruned) {
    }

    @Audited("device.sweep")
    @RequiresPermission(Permissions.DEVICE_MANAGE)
    public Sweep sweep() {
        Instant now = clock.instant();
        List<Device> silent = em.createQuery("select d from Device d where d.state = :active order by d.id",
                        Device.class).setParameter("active", DeviceState.ACTIVE).getResultList().stream()
                .filter(device -> device.silentAt(now)).toList();
        for (Device device : silent) {
            Instant last = device.lastSeenAt() == null ? device.createdAt() : device.lastSeenAt();
            DeviceAlert alert = router.route(device, EventKind.OFFLINE, now, DeviceCaseTexts.of("silent",
                    SINCE.format(last.atZone(book.zone())), device.heartbeatMinutes()));
            device.wentOffline(alert.caseId());
        }
        int pruned = em.createQuery("delete from DeviceNonce n where n.seenAt < :cut")
                .setParameter("cut", now.minus(EventSignature.SKEW.multipliedBy(2))).executeUpdate();
        return new Sweep(silent.stream().map(Device::id).toList(), pruned);
    }
}
