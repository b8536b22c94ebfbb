package org.linli.platform.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a platform operator enters to onboard a tenant. */
public record NewTenant(@NotNull TenantKind kind, @NotBlank @Size(max = 100) String name) {
}
