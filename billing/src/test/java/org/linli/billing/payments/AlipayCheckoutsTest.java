package org.linli.billing.payments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlipayCheckoutsTest {

    @Test
    void theCashierSendsThePayerBackToAnAbsoluteApplicationPath() {
        assertThat(AlipayCheckouts.applicationPath("flea/reservations/7")).isEqualTo("/flea/reservations/7");
        assertThat(AlipayCheckouts.applicationPath("/console/ads/my")).isEqualTo("/console/ads/my");
        assertThat(AlipayCheckouts.applicationPath(null)).isEqualTo("/");
        assertThat(AlipayCheckouts.applicationPath(" ")).isEqualTo("/");
    }
}
