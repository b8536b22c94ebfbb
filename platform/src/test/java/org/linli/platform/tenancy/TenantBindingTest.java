package org.linli.platform.tenancy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantBindingTest {

    private static SessionSetting setting(String name, String value) {
        return new SessionSetting() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> valueForCaller() {
                return Optional.ofNullable(value);
            }
        };
    }

    @Test
    void theTenantComesFirstThenEverySettingWithAValueForTheCaller() {
        assertThat(TenantBinding.sessionValues(TenantId.of(7),
                List.of(setting("app.grid_ids", "*"), setting("app.later", null), setting("app.other", "3"))))
                .containsExactly(Map.entry("app.tenant_id", "7"), Map.entry("app.grid_ids", "*"), Map.entry("app.other", "3"));
        assertThat(TenantBinding.sessionValues(TenantId.of(7), List.of())).containsExactly(Map.entry("app.tenant_id", "7"));
    }

    @Test
    void noFeatureMayBindTheTenantsSettingOrOneTwice() {
        assertThatThrownBy(() -> TenantBinding.sessionValues(TenantId.of(7), List.of(setting("app.tenant_id", "8"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("app.tenant_id");
        assertThatThrownBy(() -> TenantBinding.sessionValues(TenantId.of(7),
                List.of(setting("app.grid_ids", "*"), setting("app.grid_ids", "1"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void allAreBoundInOneStatementOfTransactionLocalSettings() {
        assertThat(TenantBinding.statementFor(1)).isEqualTo("select set_config(?, ?, true)");
        assertThat(TenantBinding.statementFor(3))
                .isEqualTo("select set_config(?, ?, true), set_config(?, ?, true), set_config(?, ?, true)");
    }
}
