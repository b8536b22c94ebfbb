package org.linli.infra.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDatabaseTest {

    @Test
    void demoModeAndTheSandboxRefusePostgresUnlessItIsDeclaredADemoDatabase() {
        assertThat(DemoDatabase.refusal(true, true, true, false))
                .hasValueSatisfying(message -> assertThat(message).contains("linli.demo.allow-database=true"));
        assertThat(DemoDatabase.refusal(false, true, true, false))
                .hasValueSatisfying(message -> assertThat(message).contains("sandbox"));
        assertThat(DemoDatabase.refusal(true, false, true, true)).isEmpty();
        assertThat(DemoDatabase.refusal(false, true, true, true)).isEmpty();
    }

    @Test
    void theEmbeddedDatabaseAndProductionWithoutDemoOrSandboxStartAsBefore() {
        assertThat(DemoDatabase.refusal(true, true, false, false)).as("H2").isEmpty();
        assertThat(DemoDatabase.refusal(false, false, true, false)).as("production").isEmpty();
    }

    @Test
    void theDemoSeedsOnlyADatabaseWithoutAccountsAndRestartsOnItsOwn() {
        assertThat(DemoDatabase.seeding(0, false)).isEqualTo(DemoDatabase.Seeding.SEED);
        assertThat(DemoDatabase.seeding(24, true)).as("restart of a demo").isEqualTo(DemoDatabase.Seeding.ALREADY_SEEDED);
        assertThat(DemoDatabase.seeding(1, false)).as("someone else's accounts").isEqualTo(DemoDatabase.Seeding.REFUSE);
    }
}
