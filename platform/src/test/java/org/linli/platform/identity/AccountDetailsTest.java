package org.linli.platform.identity;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Role;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountDetailsTest {

    private final AccountDetails details = new AccountDetails("ops-a", "王芳", Role.TENANT_OPERATOR, "$hash",
            Instant.parse("2026-11-29T00:00:00Z"));

    @Test
    void anAccountStartsEnabledAndTogglesOnlyBetweenStates() {
        assertThat(details.status()).isEqualTo(AccountStatus.ENABLED);
        assertThatThrownBy(details::enable).isInstanceOf(DomainException.class);
        details.disable();
        assertThat(details.status()).isEqualTo(AccountStatus.DISABLED);
        assertThatThrownBy(details::disable).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("invalid_transition"));
        details.enable();
        assertThat(details.status()).isEqualTo(AccountStatus.ENABLED);
    }

    @Test
    void tenantAccountsRefusePlatformRolesAndPlatformAccountsTenantRoles() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> new UserAccount("x", "x", Role.PLATFORM_OPERATOR, "$h", now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlatformAccount("x", "x", Role.RESIDENT, "$h", now))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
