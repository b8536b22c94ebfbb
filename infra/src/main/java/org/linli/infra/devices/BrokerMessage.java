package org.linli.infra.devices;

import org.linli.tenants.devices.DeviceCode;
import org.linli.tenants.devices.SignedEvent;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A device's event as published on the broker. The topic is {@code linli/{tenant}/devices/{device}/events}; the
 * payload is the signature on its first line followed by exactly what HTTP devices sign — the timestamp, a line
 * feed, the nonce, a line feed, the body — so the one {@code EventSignature} checks both ways in. A topic whose
 * tenant is not the one the device's code names is refused: publishing under another tenant's topic gains nothing.
 */
public final class BrokerMessage {

    /** Every node subscribes in this share group, so the broker hands each event to one node of the cluster. */
    public static final String SUBSCRIPTION = "$share/linli/linli/+/devices/+/events";

    private static final Pattern TOPIC = Pattern.compile("linli/([1-9][0-9]{0,17})/devices/([^/]{1,64})/events");

    private BrokerMessage() {
    }

    /** The signed event a message carries, or empty when its topic or framing is not a device event's. */
    public static Optional<SignedEvent> read(String topic, byte[] payload) {
        Matcher matcher = TOPIC.matcher(topic == null ? "" : topic);
        if (!matcher.matches() || payload == null) {
            return Optional.empty();
        }
        String device = matcher.group(2);
        boolean sameTenant = DeviceCode.tenantOf(device)
                .filter(tenant -> Long.toString(tenant.value()).equals(matcher.group(1))).isPresent();
        int first = indexOf(payload, 0);
        int second = first < 0 ? -1 : indexOf(payload, first + 1);
        int third = second < 0 ? -1 : indexOf(payload, second + 1);
        if (!sameTenant || third < 0) {
            return Optional.empty();
        }
        return Optional.of(new SignedEvent(device, text(payload, first + 1, second), text(payload, second + 1, third),
                text(payload, 0, first).strip(), Arrays.copyOfRange(payload, third + 1, payload.length)));
    }

    private static int indexOf(byte[] payload, int from) {
        for (int i = from; i < payload.length && i < from + 200; i++) {
            if (payload[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String text(byte[] payload, int from, int to) {
        return new String(payload, from, to - from, StandardCharsets.US_ASCII);
    }
}
