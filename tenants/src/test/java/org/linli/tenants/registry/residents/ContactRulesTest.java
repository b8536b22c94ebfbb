package org.linli.tenants.registry.residents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactRulesTest {

    @Test
    void mobileNumbersAreNormalised() {
        assertThat(ContactRules.mobile("138 1234 5678")).contains("13812345678");
        assertThat(ContactRules.mobile("+86 138-1234-5678")).contains("13812345678");
        assertThat(ContactRules.mobile("12812345678")).isEmpty();
        assertThat(ContactRules.mobile("1381234567")).isEmpty();
    }

    @Test
    void platesAreNormalisedForFuelAndNewEnergyVehicles() {
        assertThat(ContactRules.plate("苏a·12345")).contains("苏A12345");
        assertThat(ContactRules.plate("京AD12345")).contains("京AD12345");
        assertThat(ContactRules.plate("XA12345")).isEmpty();
        assertThat(ContactRules.plate("苏I12345")).isEmpty();
    }
}
