package org.linli.infra.it;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Debian's mosquitto, started by the test on loopback at the port the server under test subscribes to
 * ({@code linli.it.mqtt-port}); stopped on close. Anonymous clients are allowed: it listens on 127.0.0.1 only.
 */
public final class Broker implements AutoCloseable {

    private static final Path MOSQUITTO = Path.of("/usr/sbin/mosquitto");

    private final Process process;
    private final int port;

    /** Whether MQTT tests run here: when mosquitto is installed, or when required ({@code LINLI_REQUIRE_MQTT=true}). */
    public static boolean usable() {
        return Files.isExecutable(MOSQUITTO) || "true".equalsIgnoreCase(System.getenv("LINLI_REQUIRE_MQTT"));
    }

    public static int port() {
        return Integer.getInteger("linli.it.mqtt-port", 18830);
    }

    public Broker() throws IOException, InterruptedException {
        this.port = port();
        Path directory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "mosquitto");
        Path configuration = directory.resolve("mosquitto.conf");
        Files.writeString(configuration, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n"
                + "log_dest stdout\n");
        this.process = new ProcessBuilder(MOSQUITTO.toString(), "-c", configuration.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("mosquitto.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!listening()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("mosquitto did not start on port " + port + "; see " + directory);
            }
            Thread.sleep(100);
        }
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    private boolean listening() {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
