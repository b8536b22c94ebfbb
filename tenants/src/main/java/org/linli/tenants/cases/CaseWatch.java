package org.linli.tenants.cases;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every tenant's case deadlines ({@link CaseSla}) every five minutes, and delivers the snapshots of cases
 * escalated past the district threshold to the supervising district ({@link DistrictCases#receive}), each in its own
 * tenant and transaction; a case is marked delivered only after the district has it.
 */
@Singleton
// One transaction per tenant and delivery, not one around the round (see CareWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class CaseWatch {

    private static final Logger LOG = Logger.getLogger(CaseWatch.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    CaseSla sla;

    @Inject
    DistrictCases districts;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        for (TenantId tenant : tenants.active()) {
            try {
                round(tenant);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "case deadlines failed in tenant " + tenant, e);
            }
        }
    }

    /** One tenant's round (also for tests that move the clock). */
    public CaseSla.Sweep round(TenantId tenant) {
        Optional<TenantId> district = tenants.supervisorOf(tenant).filter(tenants::isActive);
        CaseSla.Sweep run = CallerContext.system("case-sla", tenant).call(() -> sla.sweep(district.isPresent()));
        for (CaseSnapshot snapshot : run.forDistrict()) {
            CallerContext.system("case-escalation", district.orElseThrow()).call(() -> districts.receive(snapshot));
            CallerContext.system("case-sla", tenant).run(() -> sla.delivered(snapshot.caseId()));
        }
        if (run.warned() > 0 || run.overdue() > 0 || run.closed() > 0 || !run.forDistrict().isEmpty()) {
            LOG.info(() -> "cases in tenant " + tenant + ": " + run.warned() + " warned, " + run.overdue()
                    + " overdue, " + run.closed() + " closed, " + run.forDistrict().size() + " to the district");
        }
        return run;
    }
}
