package org.linli.infra.it;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A server run from its bundle in a JVM of its own, on loopback, with {@code --nohazelcast}, as the README runs a
 * node: for the benchmarks that measure what production starts, not the test container's server.
 */
final class Node implements AutoCloseable {

    /** The production JVM flags of the README's run command; keep the two the same. */
    static final String README_FLAGS = "-XX:+UseG1GC -Xms128m -Xmx1g -XX:MinHeapFreeRatio=10"
            + " -XX:MaxHeapFreeRatio=30 -XX:G1PeriodicGCInterval=15000 -XX:-G1PeriodicGCInvokesConcurrent"
            + " -XX:+ExitOnOutOfMemoryError";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    private final int port;
    private final Path data;
    private final String command;
    /** The Alipay app private key a node beside the test server signs its gateway requests with. */
    private String alipaySigningKey;

    private Node(Process process, int port, Path data, String command) {
        this.process = process;
        this.port = port;
        this.data = data;
        this.command = command;
    }

    /**
     * Starts {@code java <jvm> -Djava.io.tmpdir=<data> <launch> --port <port> --nohazelcast} in {@code data}, its
     * console written to {@code data/server.log}; {@code environment} may change what the node inherits.
     */
    static Node launch(List<String> jvm, List<String> launch, int port, Path data,
                       Consumer<Map<String, String>> environment) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvm);
        command.add("-Djava.io.tmpdir=" + data);
        command.addAll(launch);
        command.addAll(List.of("--port", Integer.toString(port), "--nohazelcast"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(data.toFile())
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        environment.accept(builder.environment());
        return new Node(builder.start(), port, data, String.join(" ", command));
    }

    /**
     * A node as production runs one (the bundle, the README's JVM flags, no cluster) beside the test server, whose
     * root is {@code testServer}: on its database, with its personal-data keys, and with Alipay settings naming its
     * sandbox, reached over HTTP as Alipay is, with the account (app id, keys) the sandbox keeps in the database.
     */
    static Node besideTestServer(String databaseUrl, String testServer) throws Exception {
        Properties account = new Properties();
        try (Connection c = Benchmarks.owner(databaseUrl); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("select properties from alipay_sandbox_account where id = 1")) {
            if (!row.next()) {
                throw new AssertionError("the test server's sandbox has no account yet (it makes one with the demo"
                        + " data)");
            }
            account.load(new StringReader(row.getString(1)));
        }
        Path data = Files.createTempDirectory(Path.of(System.getProperty("linli.it.tmp")), "benchmark-node");
        int port = freePort();
        List<String> launch = new ArrayList<>(List.of("-Dlinli.data-dir=" + data, "-Dlinli.billing.cycles=false"));
        if (System.getenv("LINLI_CRYPTO_KEYS") == null) {
            // The test server runs in demo mode and made its keys in its data directory; configured keys, which
            // it would use instead, reach the node with the environment.
            Properties keys = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("linli.it.data"),
                    "keys.properties"))) {
                keys.load(in);
            }
            launch.addAll(List.of("-Dlinli.crypto.keys=" + keys.getProperty("keys"),
                    "-Dlinli.crypto.active-key=" + keys.getProperty("active-key"),
                    "-Dlinli.crypto.index-key=" + keys.getProperty("index-key")));
        }
        launch.addAll(List.of("-Dlinli.alipay.gateway-url=" + testServer + "/sandbox/alipay/gateway.do",
                "-Dlinli.alipay.app-id=" + account.getProperty("app-id"),
                "-Dlinli.alipay.seller-id=" + account.getProperty("seller-id"),
                "-Dlinli.alipay.app-private-key=" + account.getProperty("app-private-key"),
                "-Dlinli.alipay.alipay-public-key=" + account.getProperty("gateway-public-key"),
                "-Dlinli.alipay.notify-url=http://127.0.0.1:" + port + "/api/v1/payments/alipay/notify",
                "-jar", Path.of("target", "linli.jar").toAbsolutePath().toString()));
        Node node = launch(List.of(README_FLAGS.split(" ")), launch, port, data,
                environment -> environment.keySet().removeIf(name -> name.startsWith("LINLI_DEMO")));
        node.alipaySigningKey = account.getProperty("app-private-key");
        node.awaitHealthy("/health/ready", Duration.ofMinutes(5));
        return node;
    }

    /** A port nothing listens on now. */
    static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** Waits until {@code path} answers 200; fails when the node exits first or {@code limit} passes. */
    void awaitHealthy(String path, Duration limit) throws InterruptedException {
        long began = System.nanoTime();
        URI uri = URI.create(root() + path);
        while (!healthy(uri)) {
            if (!process.isAlive() || System.nanoTime() - began > limit.toNanos()) {
                throw new AssertionError(command + " did not start; see " + data.resolve("server.log"));
            }
            Thread.sleep(50);
        }
    }

    private static boolean healthy(URI uri) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    String root() {
        return "http://127.0.0.1:" + port;
    }

    /** The PKCS#8 private key (Base64) this node signs its Alipay requests with; only beside the test server. */
    String alipaySigningKey() {
        if (alipaySigningKey == null) {
            throw new IllegalStateException("a node without Alipay settings: " + command);
        }
        return alipaySigningKey;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
