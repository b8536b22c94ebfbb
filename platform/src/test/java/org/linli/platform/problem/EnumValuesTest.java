package org.linli.platform.problem;

import org.junit.jupiter.api.Test;
import org.linli.platform.tenancy.TenantKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnumValuesTest {

    @Test
    void readsConstantsCaseInsensitivelyAndBlankAsNone() {
        assertThat(EnumValues.parse(TenantKind.class, " district ", "kind")).isEqualTo(TenantKind.DISTRICT);
        assertThat(EnumValues.parse(TenantKind.class, "", "kind")).isNull();
        assertThat(EnumValues.parse(TenantKind.class, null, "kind")).isNull();
    }

    @Test
    void anUnknownValueNamesTheFieldAndTheAllowedValues() {
        assertThatThrownBy(() -> EnumValues.parse(TenantKind.class, "castle", "kind"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    FieldError error = ((DomainException) e).fieldErrors().get(0);
                    assertThat(error.field()).isEqualTo("kind");
                    assertThat(error.code()).isEqualTo("one_of");
                    assertThat(error.args()).containsExactly("DISTRICT, PROPERTY_COMPANY");
                });
    }
}
