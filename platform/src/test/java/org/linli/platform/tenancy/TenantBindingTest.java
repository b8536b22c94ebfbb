package org.linli.platform.tenancy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantBindingTest {

    @Test
    void theTenantAndEverySessionSettingAreBoundInOneStatementOfTransactionLocalSettings() {
        assertThat(TenantBinding.statementFor(1)).isEqualTo("select set_config(?, ?, true)");
        assertThat(TenantBinding.statementFor(3))
                .isEqualTo("select set_config(?, ?, true), set_config(?, ?, true), set_config(?, ?, true)");
    }
}
