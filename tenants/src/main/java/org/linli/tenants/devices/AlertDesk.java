package org.linli.tenants.devices;

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
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Device alerts as handlers see them — newest first, with the device they came from — and their labels: a handler
 * says whether the alert was real (true positive) or the device cried wolf (false positive). Labels may be changed;
 * each labelling is audited.
 */
@ApplicationService
public class AlertDesk {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    DeviceBook book;

    @Inject
    Clock clock;

    /** An alert with the device that raised it. */
    public record AlertView(DeviceAlert alert, Device device) {
    }

    @Query
    @RequiresPermission(Permissions.DEVICE_READ)
    public Page<AlertView> list(DeviceCommands.AlertFilter filter, PageRequest page) {
        PagedQuery<DeviceAlert> query = PagedQuery.of(em, DeviceAlert.class, "a")
                .filter("a.deviceId = :device", "device", filter.deviceId())
                .filter("a.kind = :kind", "kind", filter.kind());
        if (filter.unlabelledOnly()) {
            query = query.condition("a.label is null");
        }
        Page<DeviceAlert> alerts = query.page("a.lastAt desc, a.id desc", page);
        List<Long> ids = alerts.items().stream().map(DeviceAlert::deviceId).distinct().toList();
        Map<Long, Device> devices = ids.isEmpty() ? Map.of()
                : em.createQuery("select d from Device d where d.id in :ids", Device.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(Device::id, Function.identity()));
        return alerts.map(a -> new AlertView(a, devices.get(a.deviceId())));
    }

    @Query
    @RequiresPermission(Permissions.DEVICE_READ)
    public AlertView get(long id) {
        DeviceAlert alert = book.alert(id, false);
        return new AlertView(alert, book.device(alert.deviceId(), false));
    }

    @Audited("device.alert.label")
    @RequiresPermission(Permissions.DEVICE_LABEL)
    public AlertView label(@AuditTarget long id, AlertLabel label) {
        if (label == null) {
            throw DomainException.invalid(FieldError.of("label", "required"));
        }
        DeviceAlert alert = book.alert(id, true);
        alert.label(label, CurrentUser.require().accountId(), clock.instant());
        return new AlertView(alert, book.device(alert.deviceId(), false));
    }
}
