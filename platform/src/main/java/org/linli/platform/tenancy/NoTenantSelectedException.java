package org.linli.platform.tenancy;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;

/** Tenant-owned data was asked for while the caller acts for no tenant (a platform operator who chose none). */
public class NoTenantSelectedException extends DomainException {

    public NoTenantSelectedException() {
        super(ProblemKind.INVALID, "tenant_required");
    }
}
