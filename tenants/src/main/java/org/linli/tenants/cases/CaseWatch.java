package org.linli.tenants.cases;

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
 * Runs every active tenant's case deadlines ({@link SlaRound}) every five minutes, one cluster member per tenant.
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own (see PaymentWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class CaseWatch {

    /** Every five minutes once in the cluster. */
    static final ScheduledJob JOB = ScheduledJob.every("case-sla", Duration.ofMinutes(5), Duration.ofMinutes(15));

    @Inject
    ScheduledRounds rounds;

    @Inject
    SlaRound round;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        rounds.everyTenant(JOB, this::deadlines);
    }

    private String deadlines(TenantId tenant) {
        CaseSla.Sweep run = round.run();
        if (run.warned() == 0 && run.overdue() == 0 && run.closed() == 0 && run.forDistrict().isEmpty()) {
            return null;
        }
        return run.warned() + " warned, " + run.overdue() + " overdue, " + run.closed() + " closed, "
                + run.forDistrict().size() + " to the district";
    }
}
