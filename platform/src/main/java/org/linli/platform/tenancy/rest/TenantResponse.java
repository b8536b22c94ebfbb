package org.linli.platform.tenancy.rest;

import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantId;
import org.linli.platform.tenancy.TenantKind;
import org.linli.platform.tenancy.TenantStatus;

import java.time.Instant;

public record TenantResponse(long id, TenantKind kind, String name, TenantStatus status, Instant createdAt,
                             Instant statusChangedAt, Long supervisingDistrictId) {

    static TenantResponse of(Tenant tenant) {
        return new TenantResponse(tenant.id().value(), tenant.kind(), tenant.name(), tenant.status(),
                tenant.createdAt(), tenant.statusChangedAt(),
                tenant.supervisingDistrict().map(TenantId::value).orElse(null));
    }
}
