package org.linli.platform.tenancy;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantTest {

    private final Instant created = Instant.parse("2026-11-01T00:00:00Z");
    private final Instant later = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void aNewTenantIsActive() {
        Tenant tenant = new Tenant(TenantKind.DISTRICT, "新华街道", created);
        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.isActive()).isTrue();
        assertThat(tenant.statusChangedAt()).isEqualTo(created);
    }

    @Test
    void suspendingAndResumingRecordWhenTheStatusChanged() {
        Tenant tenant = new Tenant(TenantKind.PROPERTY_COMPANY, "绿苑物业", created);
        tenant.suspend(later);
        assertThat(tenant.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(tenant.statusChangedAt()).isEqualTo(later);
        tenant.resume(later.plusSeconds(60));
        assertThat(tenant.isActive()).isTrue();
    }

    @Test
    void onlyAnActiveTenantCanBeSuspendedAndOnlyASuspendedOneResumed() {
        Tenant tenant = new Tenant(TenantKind.DISTRICT, "新华街道", created);
        assertThatThrownBy(() -> tenant.resume(later)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("invalid_transition"))
                .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly("ACTIVE", "resume"));
        tenant.suspend(later);
        assertThatThrownBy(() -> tenant.suspend(later)).isInstanceOf(DomainException.class);
    }
}
