package org.linli.tenants.flea;

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
 * Runs the flea market's housekeeping ({@link SweepService}) in every active tenant every five minutes, so that a
 * reservation lapses and a listing expires within minutes of its time.
 */
@Singleton
// One transaction per tenant, not one around the round (see CareWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class FleaWatch {

    private static final Logger LOG = Logger.getLogger(FleaWatch.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    SweepService sweeper;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        for (TenantId tenant : tenants.active()) {
            try {
                SweepService.Sweep run = CallerContext.system("flea-sweep", tenant).call(sweeper::sweep);
                if (run.lapsed() > 0 || run.expired() > 0 || run.purged() > 0) {
                    LOG.info(() -> "flea market in tenant " + tenant + ": " + run);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "flea market sweep failed in tenant " + tenant, e);
            }
        }
    }
}
