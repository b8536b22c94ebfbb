package org.linli.platform.tenancy;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantContextTest {

    private static final TenantId A = TenantId.of(1);
    private static final TenantId B = TenantId.of(2);

    @Test
    void aScopeBindsTheTenantAndRestoresThePreviousOne() {
        assertThat(TenantContext.current()).isEmpty();
        try (TenantContext.Scope outer = TenantContext.enter(A)) {
            assertThat(TenantContext.require()).isEqualTo(A);
            TenantContext.runAs(B, () -> assertThat(TenantContext.require()).isEqualTo(B));
            assertThat(TenantContext.require()).isEqualTo(A);
            TenantContext.runAs(null, () -> assertThat(TenantContext.current()).isEmpty());
            assertThat(TenantContext.require()).isEqualTo(A);
        }
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void theBindingIsRestoredEvenWhenTheWorkFails() {
        assertThatThrownBy(() -> TenantContext.runAs(A, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void anotherThreadDoesNotInheritTheTenant() throws Exception {
        TenantId seen = TenantContext.callAs(A, () -> CompletableFuture
                .supplyAsync(() -> TenantContext.current().orElse(null)).join());
        assertThat(seen).isNull();
    }

    @Test
    void requiringATenantWithoutOneIsAProblemForTheCaller() {
        assertThatThrownBy(TenantContext::require).isInstanceOf(NoTenantSelectedException.class)
                .hasMessage("tenant_required");
    }
}
