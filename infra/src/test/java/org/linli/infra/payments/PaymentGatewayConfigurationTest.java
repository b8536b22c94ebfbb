package org.linli.infra.payments;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentGatewayConfigurationTest {

    private static final Optional<String> ALIPAY = Optional.of("https://openapi.alipay.com/gateway.do");

    @Test
    void aRealGatewayWithoutANotifyAddressStopsTheStartAndSaysWhatToSet() {
        assertThat(PaymentGatewayConfiguration.notifyUrlProblem(ALIPAY, Optional.empty()))
                .hasValueSatisfying(problem -> assertThat(problem).contains("linli.alipay.notify-url"));
        assertThat(PaymentGatewayConfiguration.notifyUrlProblem(ALIPAY, Optional.of(" "))).isPresent();
    }

    @Test
    void aNotifyAddressAlipayCannotReachIsRefused() {
        for (String local : new String[] {"http://localhost:8080/api/v1/payments/alipay/notify",
                "http://127.0.0.1:8080/api/v1/payments/alipay/notify", "https://10.0.0.5/api/v1/payments/alipay/notify",
                "https://[::1]/api/v1/payments/alipay/notify", "/api/v1/payments/alipay/notify",
                "ftp://linli.example.cn/notify"}) {
            assertThat(PaymentGatewayConfiguration.notifyUrlProblem(ALIPAY, Optional.of(local))).as(local).isPresent();
        }
    }

    @Test
    void aGatewayOnThisMachineMayNotifyAnAddressOnThisMachine() {
        Optional<String> local = Optional.of("http://127.0.0.1:18081/sandbox/alipay/gateway.do");
        assertThat(PaymentGatewayConfiguration.notifyUrlProblem(local,
                Optional.of("http://127.0.0.1:18080/api/v1/payments/alipay/notify"))).isEmpty();
        assertThat(PaymentGatewayConfiguration.notifyUrlProblem(Optional.of("http://localhost:18081/gateway.do"),
                Optional.of("http://localhost:18080/api/v1/payments/alipay/notify"))).isEmpty();
        assertThat(PaymentGatewayConfiguration.notifyUrlProblem(local, Optional.of("/api/v1/payments/alipay/notify")))
                .as("still an absolute address").isPresent();
    }

    @Test
    void aPublicNotifyAddressIsAccepted() {
        assertThat(PaymentGatewayConfiguration.notifyUrlProblem(ALIPAY,
                Optional.of("https://linli.example.cn/api/v1/payments/alipay/notify"))).isEmpty();
    }

    @Test
    void withoutARealGatewayNoNotifyAddressIsNeeded() {
        assertThat(PaymentGatewayConfiguration.notifyUrlProblem(Optional.empty(), Optional.empty())).isEmpty();
    }
}
