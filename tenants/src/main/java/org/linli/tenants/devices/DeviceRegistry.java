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
import org.linli.platform.crypto.PersonalDataVault;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The tenant's devices as operators keep them: registering one (which issues its code and secret), renaming it or
 * changing its heartbeat interval, issuing a new secret, retiring it; and, for operators and grid workers, the list
 * and a device with its false-positive figures. A secret is answered only by the call that issued it.
 */
@ApplicationService
public class DeviceRegistry {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    DeviceBook book;

    @Inject
    PersonalDataVault vault;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    /** A device with the secret just issued to it: shown once, never again. */
    public record Issued(Device device, String secret) {
    }

    /** A device with its alerts' labels. */
    public record DeviceDetail(Device device, LabelFigures figures) {
    }

    @Audited("device.register")
    @RequiresPermission(Permissions.DEVICE_MANAGE)
    public Issued register(DeviceCommands.Registration registration) {
        validator.validate(registration);
        Device.Place place = book.place(registration);
        // The tenant's rules are seeded with its first device, by an operator, so that the intake never seeds them:
        // two first events at once would otherwise both try to.
        book.rules();
        String secret = DeviceSecret.issue();
        Device device = new Device(DeviceCode.issue(TenantContext.require()), registration.name().strip(),
                registration.kind(), place, vault.seal(secret), registration.heartbeatMinutes(), clock.instant());
        em.persist(device);
        em.flush();
        return new Issued(device, secret);
    }

    /** A page of devices, by community and name. */
    @Query
    @RequiresPermission(Permissions.DEVICE_READ)
    public Page<DeviceDetail> list(DeviceCommands.DeviceFilter filter, PageRequest page) {
        Page<Device> devices = PagedQuery.of(em, Device.class, "d")
                .filter("d.kind = :kind", "kind", filter.kind())
                .filter("d.state = :state", "state", filter.state())
                .filter("d.communityId = :community", "community", filter.communityId())
                .page("d.communityId, d.name, d.id", page);
        Map<Long, LabelFigures> figures = book.figures(devices.items().stream().map(Device::id).toList());
        return devices.map(d -> new DeviceDetail(d, figures.getOrDefault(d.id(), LabelFigures.NONE)));
    }

    @Query
    @RequiresPermission(Permissions.DEVICE_READ)
    public DeviceDetail get(long id) {
        Device device = book.device(id, false);
        return new DeviceDetail(device, book.figures(List.of(id)).getOrDefault(id, LabelFigures.NONE));
    }

    @Audited("device.change")
    @RequiresPermission(Permissions.DEVICE_MANAGE)
    public Device change(@AuditTarget long id, DeviceCommands.Changes changes) {
        validator.validate(changes);
        Device device = book.device(id, true);
        device.rename(changes.name().strip(), changes.heartbeatMinutes());
        return device;
    }

    /** A new secret; the old one stops working at once. */
    @Audited("device.secret.rotate")
    @RequiresPermission(Permissions.DEVICE_MANAGE)
    public Issued rotateSecret(@AuditTarget long id) {
        Device device = book.device(id, true);
        String secret = DeviceSecret.issue();
        Instant now = clock.instant();
        device.rotateSecret(vault.seal(secret), now);
        return new Issued(device, secret);
    }

    /** Takes the device out of service for good; its events are refused from now on. */
    @Audited("device.retire")
    @RequiresPermission(Permissions.DEVICE_MANAGE)
    public Device retire(@AuditTarget long id) {
        Device device = book.device(id, true);
        device.retire();
        return device;
    }
}
