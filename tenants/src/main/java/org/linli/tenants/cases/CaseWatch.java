package org.linli.tenants.cases;

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

/** Runs every active tenant's case deadlines ({@link SlaRound}) every five minutes. */
@Singleton
// One transaction per tenant and delivery, not one around the round (see CareWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class CaseWatch {

    private static final Logger LOG = Logger.getLogger(CaseWatch.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    SlaRound round;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        for (TenantId tenant : tenants.active()) {
            try {
                CaseSla.Sweep run = CallerContext.system("case-sla", tenant).call(round::run);
                if (run.warned() > 0 || run.overdue() > 0 || run.closed() > 0 || !run.forDistrict().isEmpty()) {
                    LOG.info(() -> "cases in tenant " + tenant + ": " + run.warned() + " warned, " + run.overdue()
                            + " overdue, " + run.closed() + " closed, " + run.forDistrict().size()
                            + " to the district");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "case deadlines failed in tenant " + tenant, e);
            }
        }
    }
}
