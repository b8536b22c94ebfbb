package org.linli.tenants.eldercare;

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
 * Runs the care watch every ten minutes in every active tenant that has elder care, as a system job, one cluster
 * member per tenant. Marking a visit missed is a state change guarded by the visit's status as well, so a round
 * run on demand beside the scheduled one alerts at most once per visit (the second update fails its version check
 * and is rolled back). A tenant without elder care refuses the watch, and is skipped.
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own (see PaymentWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class CareWatch {

    /** Every ten minutes once in the cluster. */
    static final ScheduledJob JOB = ScheduledJob.every("care-watch", Duration.ofMinutes(10), Duration.ofMinutes(30));

    @Inject
    ScheduledRounds rounds;

    @Inject
    CareVisits visits;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void everyTenMinutes() {
        rounds.everyTenant(JOB, this::watch);
    }

    private String watch(TenantId tenant) {
        int missed = visits.watch();
        return missed > 0 ? missed + " missed visits" : null;
    }
}
