package org.linli.tenants.cases;

import jakarta.inject.Inject;
import org.linli.platform.application.BatchService;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;

import java.util.Optional;

/**
 * One round of the caller's tenant's case deadlines ({@link CaseSla}), then delivery of the snapshots of cases
 * escalated past the district threshold to the supervising district ({@link DistrictCases#receive}) — each in its
 * own tenant and transaction, the district's side as a named system job. A case is marked delivered only after the
 * district has it, so a failed delivery is retried by the next round. Run by {@link CaseWatch} every five minutes,
 * and by operators who want the deadlines checked now.
 */
@BatchService
public class SlaRound {

    @Inject
    TenantDirectory tenants;

    @Inject
    CaseSla sla;

    @Inject
    DistrictCases districts;

    @RequiresPermission(Permissions.CASE_MANAGE)
    public CaseSla.Sweep run() {
        TenantId tenant = TenantContext.require();
        Optional<TenantId> district = tenants.supervisorOf(tenant).filter(tenants::isActive);
        CaseSla.Sweep sweep = sla.sweep(district.isPresent());
        for (CaseSnapshot snapshot : sweep.forDistrict()) {
            CallerContext.system("case-escalation", district.orElseThrow()).call(() -> districts.receive(snapshot));
            sla.delivered(snapshot.caseId());
        }
        return sweep;
    }
}
