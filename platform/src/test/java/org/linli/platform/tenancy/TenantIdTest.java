package org.linli.platform.tenancy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantIdTest {

    @Test
    void parsesPositiveNumbersOnly() {
        assertThat(TenantId.parse(" 42 ")).contains(TenantId.of(42));
        assertThat(TenantId.parse("0")).isEmpty();
        assertThat(TenantId.parse("-3")).isEmpty();
        assertThat(TenantId.parse("abc")).isEmpty();
        assertThat(TenantId.parse("")).isEmpty();
        assertThat(TenantId.parse(null)).isEmpty();
        assertThat(TenantId.parse("99999999999999999999")).isEmpty();
    }

    @Test
    void cannotBeZeroOrNegative() {
        assertThatThrownBy(() -> TenantId.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isNamedInTheAuditTrailAsATenant() {
        assertThat(TenantId.of(7).auditName()).isEqualTo("tenant:7");
    }
}
