package org.linli.billing.settlement;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.jobs.ScheduledJob;
import org.linli.platform.jobs.ScheduledRounds;
import org.linli.platform.tenancy.TenantId;

import java.time.Duration;
import java.util.List;

/**
 * Drafts every active tenant's settlement batches each day after midnight (China time), once per tenant and day in
 * the cluster: what was earned up to the tenant's T+N cut-off and not claimed before ({@link SettlementService#draft}).
 * Finance approves and pays them as before. The timer fires every hour, so a day a dying node left undone is drafted
 * within the hour; drafting again claims nothing twice besides. Off when {@code linli.billing.cycles} is false
 * (finance then drafts by hand).
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own (see PaymentWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class SettlementCycle {

    /** Once per day in the cluster. */
    static final ScheduledJob JOB = ScheduledJob.daily("settlement-draft", ChinaTime.ZONE,
            Duration.ofMinutes(30));

    @Inject
    ScheduledRounds rounds;

    @Inject
    SettlementService settlement;

    @Inject
    @ConfigProperty(name = "linli.billing.cycles", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "*", minute = "40", timezone = ChinaTime.ZONE_ID, persistent = false)
    void hourly() {
        if (enabled) {
            rounds.everyTenant(JOB, this::draft);
        }
    }

    /** Today's drafts in every tenant now, outside the schedule (still one node at a time per tenant). */
    public void roundNow() {
        rounds.everyTenantNow(JOB, this::draft);
    }

    private String draft(TenantId tenant) {
        List<SettlementBatch> drafted = settlement.draft();
        return drafted.isEmpty() ? null : drafted.size() + " batches drafted";
    }
}
