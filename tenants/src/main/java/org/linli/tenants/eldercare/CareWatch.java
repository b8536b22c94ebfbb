package org.linli.tenants.eldercare;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the care watch every ten minutes in every active tenant that has elder care, as a system job. Marking a
 * visit missed is a state change guarded by the visit's status, so two cluster members running it at once alert
 * at most once per visit (the second one's update fails its version check and is rolled back).
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own, because a transaction is bound to
// one tenant and one tenant's failure must not roll back another's work. (Payara starts a transaction for a timeout
// of a container-managed bean even when it is marked NOT_SUPPORTED.)
@TransactionManagement(TransactionManagementType.BEAN)
public class CareWatch {

    private static final Logger LOG = Logger.getLogger(CareWatch.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    CareService care;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void everyTenMinutes() {
        for (TenantId tenant : tenants.active()) {
            try {
                int missed = CallerContext.system("care-watch", tenant).call(care::watch);
                if (missed > 0) {
                    LOG.info(() -> "care watch: " + missed + " missed visits in tenant " + tenant);
                }
            } catch (DomainException moduleDisabled) {
                LOG.log(Level.FINE, "care watch skipped in tenant " + tenant, moduleDisabled);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "care watch failed in tenant " + tenant, e);
            }
        }
    }
}
