package org.linli.infra.sandbox.alipay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlipaySandboxServletTest {

    @Test
    void controlRequestsAreAnsweredOnlyFromLoopback() {
        assertThat(AlipaySandboxServlet.fromThisMachine("127.0.0.1", null, null)).isTrue();
        assertThat(AlipaySandboxServlet.fromThisMachine("127.0.1.1", null, null)).isTrue();
        assertThat(AlipaySandboxServlet.fromThisMachine("0:0:0:0:0:0:0:1", null, null)).isTrue();
        assertThat(AlipaySandboxServlet.fromThisMachine("[::1]", null, null)).isTrue();

        assertThat(AlipaySandboxServlet.fromThisMachine("192.168.1.20", null, null)).isFalse();
        assertThat(AlipaySandboxServlet.fromThisMachine("10.0.0.7", null, null)).isFalse();
        assertThat(AlipaySandboxServlet.fromThisMachine("::ffff:203.0.113.9", null, null)).isFalse();
        assertThat(AlipaySandboxServlet.fromThisMachine("127.example.org", null, null)).isFalse();
        assertThat(AlipaySandboxServlet.fromThisMachine(null, null, null)).isFalse();
    }

    @Test
    void aRequestForwardedByAProxyOnThisMachineIsNotLocal() {
        assertThat(AlipaySandboxServlet.fromThisMachine("127.0.0.1", null, "203.0.113.9")).isFalse();
        assertThat(AlipaySandboxServlet.fromThisMachine("127.0.0.1", "for=203.0.113.9", null)).isFalse();
    }
}
