package org.linli.tenants.devices;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.linli.platform.jobs.ScheduledJob;
import org.linli.platform.jobs.ScheduledRounds;
import org.linli.platform.tenancy.TenantId;

import java.time.Duration;

/**
 * Sweeps every active tenant's devices for silence ({@link DeviceSilence}) and its elders' homes for stillness
 * ({@link ElderActivity}) every five minutes, one cluster member per tenant.
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own (see PaymentWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class DeviceWatch {

    /** Every five minutes once in the cluster. */
    static final ScheduledJob JOB = ScheduledJob.every("device-watch", Duration.ofMinutes(5), Duration.ofMinutes(15));

    @Inject
    ScheduledRounds rounds;

    @Inject
    DeviceSilence silence;

    @Inject
    ElderActivity activity;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        rounds.everyTenant(JOB, this::sweep);
    }

    private String sweep(TenantId tenant) {
        DeviceSilence.Sweep sweep = silence.sweep();
        ElderActivity.Sweep still = activity.sweep();
        if (sweep.wentOffline().isEmpty() && still.raised() + still.escalated() == 0) {
            return null;
        }
        return "gone silent " + sweep.wentOffline() + ", elders' homes " + still;
    }
}
