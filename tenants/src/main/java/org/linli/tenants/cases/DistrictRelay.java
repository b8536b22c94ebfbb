package org.linli.tenants.cases;

import jakarta.inject.Inject;
import org.linli.platform.application.BatchService;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;

/**
 * Carries a district operator's comment from the district's tenant to the property company's case: two
 * transactions, each in one tenant — the comment written in the district, then an internal step written in the
 * property company by a named system job. Neither side ever reads the other's tables.
 */
@BatchService
public class DistrictRelay {

    @Inject
    DistrictCases district;

    @Inject
    CaseSla sla;

    @Inject
    TenantDirectory tenants;

    @RequiresPermission(Permissions.CASE_HANDLE)
    public DistrictCases.DistrictView comment(long escalationId, CaseCommands.Comment comment) {
        DistrictCases.Commented done = district.comment(escalationId, comment);
        String districtName = tenants.nameOf(TenantContext.require());
        CallerContext.system("case-district-comment", TenantId.of(done.sourceTenant()))
                .run(() -> sla.districtComment(done.sourceCase(), districtName, done.author(), comment.text().strip()));
        return district.get(escalationId);
    }
}
