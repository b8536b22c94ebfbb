package org.linli.tenants.devices;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sweeps every active tenant's devices for silence ({@link DeviceSilence}) and its elders' homes for stillness
 * ({@link ElderActivity}) every five minutes.
 */
@Singleton
// One transaction per tenant, not one around the round (see CaseWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class DeviceWatch {

    private static final Logger LOG = Logger.getLogger(DeviceWatch.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    DeviceSilence silence;

    @Inject
    ElderActivity activity;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        for (TenantId tenant : tenants.active()) {
            try {
                DeviceSilence.Sweep sweep = CallerContext.system("device-watch", tenant).call(silence::sweep);
                if (!sweep.wentOffline().isEmpty()) {
                    LOG.info(() -> "devices in tenant " + tenant + " gone silent: " + sweep.wentOffline());
                }
                ElderActivity.Sweep still = CallerContext.system("device-watch", tenant).call(activity::sweep);
                if (still.raised() + still.escalated() > 0) {
                    LOG.info(() -> "elders' homes in tenant " + tenant + ": " + still);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "device watch failed in tenant " + tenant, e);
            }
        }
    }
}
