package org.linli.billing.invoicing;

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

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;

/**
 * Issues every active tenant's invoice for last month on the 1st (China time), once per tenant and month in the
 * cluster. The timer fires every hour, so a month a dying node left undone is issued within the hour; issuing is
 * idempotent besides ({@link InvoicingService#issue}). Off when {@code linli.billing.cycles} is false (the platform
 * then issues by hand).
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own (see PaymentWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class InvoiceCycle {

    /** Once per month in the cluster. */
    static final ScheduledJob JOB = ScheduledJob.monthly("invoice-issue", ChinaTime.ZONE,
            Duration.ofMinutes(30));

    @Inject
    ScheduledRounds rounds;

    @Inject
    InvoicingService invoicing;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "linli.billing.cycles", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "*", minute = "20", timezone = ChinaTime.ZONE_ID, persistent = false)
    void hourly() {
        if (enabled) {
            rounds.everyTenant(JOB, this::issueLastMonth);
        }
    }

    /** Last month's invoices in every tenant now, outside the schedule (still one node at a time per tenant). */
    public void roundNow() {
        rounds.everyTenantNow(JOB, this::issueLastMonth);
    }

    private String issueLastMonth(TenantId tenant) {
        YearMonth lastMonth = YearMonth.now(clock.withZone(ChinaTime.ZONE)).minusMonths(1);
        return invoicing.issue(lastMonth).map(Invoice::number).orElse(lastMonth + ": no paid module");
    }
}
