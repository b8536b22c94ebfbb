package org.linli.infra.devices;

import org.junit.jupiter.api.Test;
import org.linli.tenants.devices.EventSignature;
import org.linli.tenants.devices.SignedEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerMessageTest {

    private static final String DEVICE = "d7-abcdefghij";
    private static final String SECRET = "a-device-secret-of-enough-length-0123456789";
    private static final String BODY = "{\"kind\":\"SMOKE\",\"occurredAt\":\"2026-12-04T06:30:00Z\",\"detail\":\"三楼 烟雾\"}";

    @Test
    void aMessageCarriesTheSameSignedEventAsAnHttpRequest() {
        String signature = EventSignature.sign(SECRET, "1796380200", "nonce-0001",
                BODY.getBytes(StandardCharsets.UTF_8));
        byte[] payload = (signature + "\n1796380200\nnonce-0001\n" + BODY).getBytes(StandardCharsets.UTF_8);

        SignedEvent event = BrokerMessage.read("linli/7/devices/" + DEVICE + "/events", payload).orElseThrow();

        assertThat(event.deviceCode()).isEqualTo(DEVICE);
        assertThat(event.timestamp()).isEqualTo("1796380200");
        assertThat(event.nonce()).isEqualTo("nonce-0001");
        assertThat(new String(event.body(), StandardCharsets.UTF_8)).isEqualTo(BODY);
        assertThat(EventSignature.verify(SECRET, event, Instant.ofEpochSecond(1796380200 + 60)))
                .isEqualTo(Instant.ofEpochSecond(1796380200));
    }

    @Test
    void aTopicUnderAnotherTenantThanTheDevicesCodeIsNotAnEvent() {
        byte[] payload = ("sig\n1796380200\nnonce-0001\n" + BODY).getBytes(StandardCharsets.UTF_8);

        assertThat(BrokerMessage.read("linli/8/devices/" + DEVICE + "/events", payload)).isEmpty();
        assertThat(BrokerMessage.read("linli/7/devices/" + DEVICE + "/alerts", payload)).isEmpty();
        assertThat(BrokerMessage.read("linli/7/devices/not-a-code/events", payload)).isEmpty();
    }

    @Test
    void aPayloadWithoutItsThreeHeaderLinesIsNotAnEvent() {
        String topic = "linli/7/devices/" + DEVICE + "/events";

        assertThat(BrokerMessage.read(topic, BODY.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(BrokerMessage.read(topic, "sig\n1796380200\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(BrokerMessage.read(topic, null)).isEmpty();
    }
}
