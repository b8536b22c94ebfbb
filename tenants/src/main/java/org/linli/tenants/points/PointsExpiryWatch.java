package org.linli.tenants.points;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.jobs.ScheduledJob;
import org.linli.platform.jobs.ScheduledRounds;
import org.linli.platform.tenancy.TenantId;

import java.time.Duration;

/**
 * Closes the day of points in every active tenant, just after midnight (Beijing time), once per tenant and day in
 * the cluster: lots whose last day has passed expire, each in its own ledger entry, and members whose points expire
 * within 30 days are reminded once per expiry date. The timer fires hourly, so a day that a dying node left undone
 * is done within the hour. Spending closes a member's overdue lots itself first, so balances hold between runs too.
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own (see PaymentWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class PointsExpiryWatch {

    /** Once per day (Beijing time) in the cluster. */
    static final ScheduledJob JOB = ScheduledJob.daily("points-expiry", ChinaTime.ZONE, Duration.ofMinutes(30));

    @Inject
    ScheduledRounds rounds;

    @Inject
    PointsWallet wallet;

    @Schedule(hour = "*", minute = "5", timezone = ChinaTime.ZONE_ID, persistent = false)
    void afterMidnight() {
        rounds.everyTenant(JOB, this::expire);
    }

    private String expire(TenantId tenant) {
        PointsWallet.ExpiryRun run = wallet.expireDue();
        return run.lotsExpired() > 0 || run.reminders() > 0 ? run.toString() : null;
    }
}
