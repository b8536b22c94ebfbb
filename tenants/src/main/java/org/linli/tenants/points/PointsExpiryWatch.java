package org.linli.tenants.points;

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
 * Closes the day of points in every active tenant, just after midnight (Beijing time): lots whose last day has
 * passed expire, each in its own ledger entry, and members whose points expire within 30 days are reminded once
 * per expiry date. Spending closes a member's overdue lots itself first, so balances hold between runs too.
 */
@Singleton
// One transaction per tenant, not one around the round (see CareWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class PointsExpiryWatch {

    private static final Logger LOG = Logger.getLogger(PointsExpiryWatch.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    PointsWallet wallet;

    @Schedule(hour = "0", minute = "5", timezone = "Asia/Shanghai", persistent = false)
    void afterMidnight() {
        for (TenantId tenant : tenants.active()) {
            try {
                PointsWallet.ExpiryRun run = CallerContext.system("points-expiry", tenant).call(wallet::expireDue);
                if (run.lotsExpired() > 0 || run.reminders() > 0) {
                    LOG.info(() -> "points expiry in tenant " + tenant + ": " + run);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "points expiry failed in tenant " + tenant, e);
            }
        }
    }
}
