package org.linli.billing.reconciliation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.linli.billing.payments.PaymentGatewaySettings;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.jobs.ScheduledJob;
import org.linli.platform.jobs.ScheduledRounds;
import org.linli.platform.tenancy.TenantId;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Reconciles yesterday in every active tenant each morning from 10:00 China time, after Alipay has made the bill
 * (about 09:00), once per tenant and day in the cluster. The timer fires every hour until the evening, so a bill that
 * was not ready, a gateway that did not answer or a node that died mid-run leaves the day to the next hour. Finance
 * can run any day again on demand; a day run twice queues nothing twice.
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own (see PaymentWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class DailyReconciliation {

    /** Once per day (China time) in the cluster; a tenant's day is one bill download and a few queries. */
    static final ScheduledJob JOB = ScheduledJob.daily("reconciliation", ChinaTime.ZONE,
            Duration.ofMinutes(30));

    @Inject
    ScheduledRounds rounds;

    /**
     * Looked up when a timer fires, not when the bean is made: a timer may fire while the application still starts,
     * before the gateway's settings can be read, and a singleton that failed to be made stays unusable.
     */
    @Inject
    Instance<PaymentGatewaySettings> gateway;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    Clock clock;

    @Schedule(hour = "10-23", minute = "0", timezone = ChinaTime.ZONE_ID, persistent = false)
    void everyMorning() {
        if (gateway.get().alipay().isPresent()) {
            rounds.everyTenant(JOB, this::reconcileYesterday);
        }
    }

    private String reconcileYesterday(TenantId tenant) {
        LocalDate yesterday = LocalDate.now(clock.withZone(ChinaTime.ZONE)).minusDays(1);
        ReconciliationRun run = reconciliation.run(yesterday);
        return yesterday + (run.clean() ? " clean" : ": " + run.openDiscrepancies() + " open discrepancies");
    }
}
