package org.linli.tenants.flea;

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
 * Runs the flea market's housekeeping ({@link SweepService}) in every active tenant every five minutes (one cluster
 * member per tenant), so that a reservation lapses and a listing expires within minutes of its time.
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own (see PaymentWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class FleaWatch {

    /** Every five minutes once in the cluster. */
    static final ScheduledJob JOB = ScheduledJob.every("flea-sweep", Duration.ofMinutes(5), Duration.ofMinutes(15));

    @Inject
    ScheduledRounds rounds;

    @Inject
    SweepService sweeper;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        rounds.everyTenant(JOB, this::sweep);
    }

    private String sweep(TenantId tenant) {
        SweepService.Sweep run = sweeper.sweep();
        return run.lapsed() > 0 || run.expired() > 0 || run.purged() > 0 ? run.toString() : null;
    }
}
