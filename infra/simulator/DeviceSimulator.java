import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linli's device simulator: sends signed device events the way a real sensor does, over HTTP or MQTT, for demos and
 * tests. It needs nothing but a JDK (17 or later) and runs from the source file:
 *
 * <pre>
 * java infra/simulator/DeviceSimulator.java --device d1-demosmoke1 --secret … --kind SMOKE
 * java infra/simulator/DeviceSimulator.java --device … --secret … --kind HEARTBEAT --mqtt tcp://127.0.0.1:1883
 * </pre>
 *
 * Options: {@code --http URL} (default http://localhost:8080, the server's root), {@code --mqtt tcp://host:port}
 * (publish to the broker instead), {@code --kind}, {@code --value}, {@code --detail}, {@code --count N} and
 * {@code --every SECONDS} (repeat), {@code --skew SECONDS} (pretend the device's clock is off), {@code --replay}
 * (send the same signed event twice), {@code --bad-signature}, {@code --mqtt-user}/{@code --mqtt-password}.
 *
 * <p>Signature: HMAC-SHA256 keyed with the device secret over {@code timestamp + "\n" + nonce + "\n" + body}; HTTP
 * sends it in the {@code X-Linli-*} headers, MQTT as the first line of the payload, before that canonical string,
 * on the topic {@code linli/{tenant}/devices/{device}/events}. Exit status: 0 when every event was accepted.
 */
public final class DeviceSimulator {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        String device = required(options, "device");
        String secret = required(options, "secret");
        int count = Integer.parseInt(options.getOrDefault("count", "1"));
        long every = Long.parseLong(options.getOrDefault("every", "0"));
        boolean allAccepted = true;
        for (int i = 0; i < count; i++) {
            if (i > 0 && every > 0) {
                Thread.sleep(every * 1000);
            }
            Instant now = Instant.now().plusSeconds(Long.parseLong(options.getOrDefault("skew", "0")));
            String body = body(options, now);
            String timestamp = Long.toString(now.getEpochSecond());
            String nonce = nonce();
            String signature = sign(secret, timestamp, nonce, body);
            if (options.containsKey("bad-signature")) {
                signature = sign(secret + "x", timestamp, nonce, body);
            }
            int sends = options.containsKey("replay") ? 2 : 1;
            for (int s = 0; s < sends; s++) {
                try {
                    allAccepted &= options.containsKey("mqtt")
                            ? publish(options, device, timestamp, nonce, signature, body)
                            : post(options, device, timestamp, nonce, signature, body);
                } catch (IOException unreachable) {
                    System.out.println("cannot send: " + unreachable);
                    allAccepted = false;
                }
            }
        }
        System.exit(allAccepted ? 0 : 1);
    }

    static String body(Map<String, String> options, Instant now) {
        StringBuilder json = new StringBuilder("{\"kind\":\"").append(options.getOrDefault("kind", "HEARTBEAT"))
                .append("\",\"occurredAt\":\"").append(now).append('"');
        if (options.containsKey("value")) {
            json.append(",\"value\":").append(new BigDecimal(options.get("value")).toPlainString());
        }
        if (options.containsKey("detail")) {
            json.append(",\"detail\":\"").append(escape(options.get("detail"))).append('"');
        }
        return json.append('}').toString();
    }

    static String sign(String secret, String timestamp, String nonce, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(canonical(timestamp, nonce, body)));
    }

    private static byte[] canonical(String timestamp, String nonce, String body) {
        return (timestamp + "\n" + nonce + "\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean post(Map<String, String> options, String device, String timestamp, String nonce,
                                String signature, String body) throws IOException, InterruptedException {
        String root = options.getOrDefault("http", "http://localhost:8080").replaceAll("/+$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "/api/v1/devices/events"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Linli-Device", device)
                .header("X-Linli-Timestamp", timestamp)
                .header("X-Linli-Nonce", nonce)
                .header("X-Linli-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        System.out.println("HTTP " + response.statusCode() + " " + response.body());
        return response.statusCode() / 100 == 2;
    }

    /** MQTT 3.1.1, the few packets a sensor needs: CONNECT, PUBLISH at QoS 1 (waits for PUBACK), DISCONNECT. */
    private static boolean publish(Map<String, String> options, String device, String timestamp, String nonce,
                                   String signature, String body) throws IOException {
        URI broker = URI.create(options.get("mqtt"));
        String tenant = device.substring(1, device.indexOf('-'));
        String topic = "linli/" + tenant + "/devices/" + device + "/events";
        byte[] payload = (signature + "\n" + timestamp + "\n" + nonce + "\n" + body).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(broker.getHost(), broker.getPort() < 0 ? 1883 : broker.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(connect("sim-" + nonce.substring(0, 12), options.get("mqtt-user"), options.get("mqtt-password")));
            byte[] connack = readPacket(in);
            if ((connack[0] & 0xF0) != 0x20 || connack[connack.length - 1] != 0) {
                System.out.println("MQTT connection refused (" + (connack[connack.length - 1] & 0xFF) + ")");
                return false;
            }
            int packetId = 1 + RANDOM.nextInt(65_000);
            ByteArrayOutputStream variable = new ByteArrayOutputStream();
            writeString(variable, topic);
            variable.write(packetId >> 8);
            variable.write(packetId & 0xFF);
            variable.write(payload);
            out.write(packet(0x32, variable.toByteArray()));
            byte[] puback = readPacket(in);
            boolean acknowledged = (puback[0] & 0xF0) == 0x40;
            out.write(new byte[] {(byte) 0xE0, 0});
            out.flush();
            System.out.println("MQTT " + (acknowledged ? "published" : "not acknowledged") + " on " + topic);
            return acknowledged;
        }
    }

    private static byte[] connect(String clientId, String user, String password) throws IOException {
        ByteArrayOutputStream variable = new ByteArrayOutputStream();
        writeString(variable, "MQTT");
        variable.write(4);
        int flags = 0x02 | (user == null ? 0 : 0x80) | (password == null ? 0 : 0x40);
        variable.write(flags);
        variable.write(0);
        variable.write(60);
        writeString(variable, clientId);
        if (user != null) {
            writeString(variable, user);
        }
        if (password != null) {
            writeString(variable, password);
        }
        return packet(0x10, variable.toByteArray());
    }

    private static byte[] packet(int header, byte[] rest) {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(header);
        int length = rest.length;
        do {
            int digit = length % 128;
            length /= 128;
            packet.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        packet.writeBytes(rest);
        return packet.toByteArray();
    }

    private static byte[] readPacket(DataInputStream in) throws IOException {
        int header = in.readUnsignedByte();
        int length = 0;
        int multiplier = 1;
        int digit;
        do {
            digit = in.readUnsignedByte();
            length += (digit & 0x7F) * multiplier;
            multiplier *= 128;
        } while ((digit & 0x80) != 0);
        byte[] packet = new byte[length + 1];
        packet[0] = (byte) header;
        in.readFully(packet, 1, length);
        return packet;
    }

    private static void writeString(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length >> 8);
        out.write(bytes.length & 0xFF);
        out.writeBytes(bytes);
    }

    private static String nonce() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> flags = new ArrayList<>(List.of("replay", "bad-signature"));
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                usage("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (flags.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                usage("--" + name + " needs a value");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            usage("--" + name + " is required");
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java DeviceSimulator.java --device CODE --secret SECRET [--kind SMOKE] [--value N]"
                + " [--detail TEXT] [--http URL | --mqtt tcp://HOST:PORT] [--count N] [--every SECONDS]"
                + " [--skew SECONDS] [--replay] [--bad-signature]");
        System.exit(2);
    }
}
