package org.linli.infra.persistence;

import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsTest {

    @Test
    void liquibaseSendsNoUsageDataFromAnyRunOfLinlis() throws Exception {
        Boolean analytics = Scope.child(Migrations.liquibaseScope(), () -> AnalyticsArgs.ENABLED.getCurrentValue());

        assertThat(analytics).isFalse();
    }

    @Test
    void withoutBeingToldLiquibaseDoesNotRuleItsAnalyticsOut() {
        assertThat(AnalyticsArgs.ENABLED.getCurrentValue()).isNotEqualTo(Boolean.FALSE);
    }
}
