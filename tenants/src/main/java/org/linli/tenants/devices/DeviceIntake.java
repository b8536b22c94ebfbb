package org.linli.tenants.devices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.PublicEntry;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * Where a device's signed event enters, from any transport: HTTP today ({@code POST /api/v1/devices/events}), an MQTT
 * subscriber tomorrow — each builds a {@link SignedEvent} and calls {@link #receive}. The device's code names its
 * tenant; the device's secret checks the signature and the clock ({@link EventSignature}); the device's rate is
 * bounded ({@link EventThrottle}); then the body is read and the event handed, as a system job of the tenant, to the
 * {@link DeviceEventPipeline}, which refuses a nonce seen before. An unknown device, a tenant not active and a wrong
 * signature look alike to the caller ({@code device_signature_invalid}), so that codes cannot be probed.
 */
@ApplicationScoped
@PublicEntry
public class DeviceIntake {

    @Inject
    TenantDirectory tenants;

    @Inject
    DeviceEventPipeline pipeline;

    @Inject
    EventThrottle throttle;

    @Inject
    Clock clock;

    public DeviceEventPipeline.Receipt receive(SignedEvent signed) {
        TenantId tenant = DeviceCode.tenantOf(signed.deviceCode()).filter(tenants::isActive)
                .orElseThrow(EventSignature::invalid);
        CallerContext job = CallerContext.system("device-intake", tenant);
        DeviceEventPipeline.Credentials device = job.call(() -> pipeline.credentials(signed.deviceCode()))
                .orElseThrow(EventSignature::invalid);
        Instant now = clock.instant();
        EventSignature.verify(device.secret(), signed, now);
        if (device.state() == DeviceState.RETIRED) {
            throw DomainException.forbidden("device_retired");
        }
        throttle.admit(signed.deviceCode(), now);
        DeviceEvent event = DeviceEvent.parse(signed.body());
        try {
            return job.call(() -> pipeline.accept(device.deviceId(), signed.nonce(), event));
        } catch (RuntimeException e) {
            if (!(e instanceof DomainException) && duplicateKey(e)) {
                // Two deliveries of one nonce raced past the check; the unique key let only one through.
                throw EventSignature.replayed();
            }
            throw e;
        }
    }

    private static boolean duplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
