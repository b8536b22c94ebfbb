package org.linli.infra.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Crash drills, on demand (not part of the test command; see the README, "Running several nodes"): Linli started by
 * {@code infra/cluster/local.sh} on its own PostgreSQL, with nginx in front, while four clients place and pay orders
 * through nginx, and a node is killed with {@code kill -9} at a random moment and started again, over and over.
 * <p>
 * The clients behave as an idempotent client should: an order is placed under an idempotency key that a retry
 * repeats, every other step is safe to repeat, and a step that fails (connection refused or reset, 502, 503) is tried
 * again until it succeeds. Afterwards, once the payment watch had time to recover notifies that died with a node:
 * every order the gateway took money for is paid exactly once, in the orders, the payments and the ledger (one split
 * posting, the ledger check clean in every tenant); no trade was paid twice for one order without being given back;
 * every order a client saw paid is among them; and each scheduled job ran at most once per tenant and period. The
 * figures (checkouts, the clients' failed attempts, the kills) go to {@code target/benchmark/cluster-drill.txt}.
 */
class NodeKillDrill {

    private static final int WORKERS = Integer.getInteger("linli.drill.workers", 4);
    private static final int KILLS = Integer.getInteger("linli.drill.kills", 10);
    private static final int SINGLE_NODE_KILLS = Integer.getInteger("linli.drill.single-node-kills", 3);
    private static final int PROXY_PORT = Integer.getInteger("linli.drill.port", 18080);
    private static final int PG_PORT = Integer.getInteger("linli.drill.pg-port", 55441);
    /** How long the clients may fail before a step is given up: a restart of the only node takes about a minute. */
    private static final Duration STEP_DEADLINE = Duration.ofMinutes(3);
    /** How long after the load an order the gateway took money for may take to be paid (the watch's grace and more). */
    private static final Duration RECOVERY = Duration.ofMinutes(4);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CASHIER = Pattern.compile("\"cashierUrl\":\"([^\"]+)\"");
    private static final Pattern TRADE = Pattern.compile("trades/([A-Za-z0-9_]+)/pay");

    private final Path run = Path.of("target", "cluster-drill").toAbsolutePath();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong checkouts = new AtomicLong();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    /** Orders (by tenant) whose trade the gateway confirmed, and those a client then saw paid. */
    private final Map<Long, Set<Long>> confirmed = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> seenPaid = new ConcurrentHashMap<>();

    @AfterEach
    void stopTheCluster() throws Exception {
        cluster("stop");
    }

    @Test
    void twoNodesBehindNginxLoseNothingWhenOneIsKilledTenTimes() throws Exception {
        drill(2, KILLS);
    }

    @Test
    void oneNodeLosesNothingWhenKilledUnderLoad() throws Exception {
        drill(1, SINGLE_NODE_KILLS);
    }

    private void drill(int nodes, int kills) throws Exception {
        cluster("reset");
        Instant started = Instant.now();
        cluster("start", Integer.toString(nodes));
        Api api = new Api(new URL("http://127.0.0.1:" + PROXY_PORT + "/"));
        visitorsKeepTheirSession(api.root());
        String admin = api.token("admin");
        List<Market> shops = new ArrayList<>();
        Map<Market, Long> offerings = new HashMap<>();
        for (int i = 0; i < WORKERS; i++) {
            Market m = Market.open(api, admin, "housekeeping");
            api.as(admin).header("X-Linli-Tenant", m.tenant).body(Map.of("module", "HOUSEKEEPING",
                    "percentBasisPoints", 1_000, "platformShareBasisPoints", 3_000)).post("/commission-rules")
                    .then().statusCode(201);
            offerings.put(m, m.offer("HOUSEKEEPING", "擦玻璃", "FIXED", 8_800, false));
            shops.add(m);
        }

        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> load = new ArrayList<>();
        for (int worker = 0; worker < WORKERS; worker++) {
            Market m = shops.get(worker);
            load.add(clients.submit(() -> {
                while (loading.get()) {
                    checkout(api.root(), m, offerings.get(m));
                }
                return null;
            }));
        }
        List<String> killLog = new ArrayList<>();
        for (int kill = 1; kill <= kills; kill++) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(3_000, 12_000));
            int node = 1 + ThreadLocalRandom.current().nextInt(nodes);
            long before = checkouts.get();
            long failedBefore = failedAttempts.get();
            long down = System.nanoTime();
            cluster("kill", Integer.toString(node));
            cluster("restart", Integer.toString(node));
            killLog.add(String.format("  kill %2d: node %d down and back in %5.1f s; %4d checkouts and %4d failed"
                    + " attempts meanwhile", kill, node, (System.nanoTime() - down) / 1e9,
                    checkouts.get() - before, failedAttempts.get() - failedBefore));
        }
        Thread.sleep(5_000);
        loading.set(false);
        for (Future<?> client : load) {
            client.get(5, TimeUnit.MINUTES);
        }
        clients.shutdown();
        Duration loaded = Duration.between(started, Instant.now());

        Map<Long, Set<Long>> paid = awaitPaid(api, shops);
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PG_PORT + "/linli",
                "linli_owner", "linli_owner")) {
            for (Market m : shops) {
                Set<Long> confirmedHere = confirmed.getOrDefault(m.tenant, Set.of());
                assertThat(paid.get(m.tenant)).as("every order the gateway took money for is paid")
                        .containsAll(confirmedHere)
                        .as("every order a client saw paid").containsAll(seenPaid.getOrDefault(m.tenant, Set.of()));
                assertThat(count(db, "select count(*) from ledger_posting where tenant_id = ?"
                        + " and kind = 'payment-split'", m.tenant)).as("one split posting per paid order")
                        .isEqualTo(paid.get(m.tenant).size());
                assertThat(rows(db, "select reference from ledger_posting where tenant_id = ?"
                        + " and kind = 'payment-split' group by reference having count(*) > 1", m.tenant))
                        .as("no order posted twice").isEmpty();
                assertThat(rows(db, "select order_id from payment where tenant_id = ? and status = 'PAID'"
                        + " group by order_id having count(*) > 1", m.tenant)).as("no order paid twice").isEmpty();
                api.as(m.finance(admin)).get("/ledger/check").then().statusCode(200).body("clean", equalTo(true));
            }
            List<String> twiceInOnePeriod = rows(db, "select job from job_run group by job, tenant, period"
                    + " having count(*) > 1", null);
            assertThat(twiceInOnePeriod).as("each job once per tenant and period").isEmpty();
            report(nodes, kills, loaded, killLog, paid, db);
        }
    }

    /**
     * The proxy is sticky: ten visitors, each with their own cookies, open a page ten times; each visitor's first
     * answer makes their session and every later request finds it (on another node it would make a new one).
     */
    private static void visitorsKeepTheirSession(String root) throws Exception {
        for (int visitor = 0; visitor < 10; visitor++) {
            HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
            int sessionsMade = 0;
            for (int request = 0; request < 10; request++) {
                HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(root + "/login")).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                sessionsMade += (int) page.headers().allValues("set-cookie").stream()
                        .filter(cookie -> cookie.startsWith("JSESSIONID=")).count();
            }
            assertThat(sessionsMade).as("visitor " + visitor + " stays on the node of their session").isEqualTo(1);
        }
    }

    /** One checkout through nginx, every step retried until it succeeds; money taken is noted before anything else. */
    private void checkout(String root, Market m, long offering) throws InterruptedException {
        String key = UUID.randomUUID().toString();
        String placed = step("place the order", () -> HttpRequest.newBuilder(URI.create(root + "/api/v1/orders"))
                .header("Authorization", "Bearer " + m.resident).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"offeringId\":" + offering + "}")), 200, 201);
        long order = Long.parseLong(first(ID, placed));
        String paying = step("pay: the cashier address", () -> HttpRequest.newBuilder(URI.create(root
                + "/api/v1/orders/" + order + "/pay")).header("Authorization", "Bearer " + m.resident)
                .POST(HttpRequest.BodyPublishers.noBody()), 200);
        String cashier = step("open the cashier", () -> HttpRequest.newBuilder(URI.create(root
                + first(CASHIER, paying))).GET(), 200);
        String trade = first(TRADE, cashier);
        // The cashier sends the payer back to the order (302) once the notify's first delivery was answered.
        step("confirm at the cashier", () -> HttpRequest.newBuilder(URI.create(root + "/sandbox/alipay/trades/"
                + trade + "/pay?cashier=1")).POST(HttpRequest.BodyPublishers.noBody()), 302, 200);
        confirmed.computeIfAbsent(m.tenant, t -> ConcurrentHashMap.newKeySet()).add(order);
        checkouts.incrementAndGet();
        String seen = step("open the order", () -> HttpRequest.newBuilder(URI.create(root + "/api/v1/orders/" + order))
                .header("Authorization", "Bearer " + m.resident).GET(), 200);
        if (seen.contains("\"status\":\"PAID\"")) {
            seenPaid.computeIfAbsent(m.tenant, t -> ConcurrentHashMap.newKeySet()).add(order);
        }
    }

    private interface Request {
        HttpRequest.Builder build();
    }

    /** Sends until one of the {@code expected} statuses comes back; every other answer or failure is counted. */
    private String step(String name, Request request, int... expected) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_DEADLINE.toNanos();
        while (true) {
            attempts.incrementAndGet();
            String failure;
            try {
                HttpResponse<String> response = HTTP.send(request.build().timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                for (int status : expected) {
                    if (response.statusCode() == status) {
                        return response.body();
                    }
                }
                failure = name + ": " + response.statusCode();
            } catch (IOException e) {
                failure = name + ": " + e.getClass().getSimpleName();
            }
            failedAttempts.incrementAndGet();
            failures.computeIfAbsent(failure, f -> new AtomicLong()).incrementAndGet();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up on '" + name + "' after " + STEP_DEADLINE + ": " + failure);
            }
            Thread.sleep(200);
        }
    }

    /** Waits until every order the gateway confirmed is paid (the watch recovers lost notifies); answers the paid. */
    private Map<Long, Set<Long>> awaitPaid(Api api, List<Market> shops) throws Exception {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (true) {
            Map<Long, Set<Long>> paid = new LinkedHashMap<>();
            boolean all = true;
            for (Market m : shops) {
                Set<Long> here = new TreeSet<>();
                for (int page = 0; ; page++) {
                    List<Integer> ids = api.as(m.resident).get("/orders?status=PAID&size=100&page=" + page).then()
                            .statusCode(200).extract().path("items.id");
                    ids.forEach(id -> here.add(id.longValue()));
                    if (ids.size() < 100) {
                        break;
                    }
                }
                paid.put(m.tenant, here);
                all &= here.containsAll(confirmed.getOrDefault(m.tenant, Set.of()));
            }
            if (all || System.nanoTime() > deadline) {
                return paid;
            }
            Thread.sleep(5_000);
        }
    }

    private void report(int nodes, int kills, Duration loaded, List<String> killLog, Map<Long, Set<Long>> paid,
                        Connection db) throws Exception {
        StringBuilder text = new StringBuilder(String.format("Crash drill: %d node(s) behind nginx, %d clients,"
                + " %d kills with kill -9, %d s of load%n", nodes, WORKERS, kills, loaded.toSeconds()));
        killLog.forEach(line -> text.append(line).append('\n'));
        long paidOrders = paid.values().stream().mapToLong(Set::size).sum();
        long confirmedOrders = confirmed.values().stream().mapToLong(Set::size).sum();
        long seen = seenPaid.values().stream().mapToLong(Set::size).sum();
        text.append(String.format("  checkouts confirmed at the gateway: %d; paid in the database: %d; seen paid"
                + " at once by the client: %d (the rest recovered by the payment watch)%n", confirmedOrders,
                paidOrders, seen));
        text.append(String.format("  client attempts: %d, failed: %d (%.2f%%), every step retried until it"
                + " succeeded%n", attempts.get(), failedAttempts.get(), 100.0 * failedAttempts.get()
                / Math.max(1, attempts.get())));
        failures.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f ->
                text.append(String.format("    %-60s %6d%n", f.getKey(), f.getValue().get())));
        text.append("  scheduled job runs (job: tenant-periods done, at most one each):\n");
        for (String line : rows(db, "select job || ': ' || count(*) from job_run group by job order by job", null)) {
            text.append("    ").append(line).append('\n');
        }
        text.append("  ledger check clean in every tenant; no order paid or posted twice\n");
        Benchmarks.write("cluster-drill-" + nodes + ".txt", text);
    }

    private static long count(Connection db, String sql, long tenant) throws SQLException {
        List<String> values = rows(db, sql, tenant);
        return Long.parseLong(values.get(0));
    }

    private static List<String> rows(Connection db, String sql, Long tenant) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (tenant != null) {
                query.setLong(1, tenant);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError(pattern + " not in " + text);
        }
        return m.group(1).replace("\\u0026", "&");
    }

    /** Runs {@code infra/cluster/local.sh} on the drill's own ports, database and run directory. */
    private void cluster(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("cluster", "local.sh").toAbsolutePath()
                .toString()));
        Collections.addAll(command, arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("LINLI_"));
        env.put("LINLI_CLUSTER_RUN", run.toString());
        env.put("LINLI_CLUSTER_PORT", Integer.toString(PROXY_PORT));
        env.put("LINLI_CLUSTER_NODE_PORT", Integer.toString(PROXY_PORT + 1));
        env.put("LINLI_CLUSTER_HAZELCAST_PORT", "16900");
        env.put("LINLI_CLUSTER_PG_PORT", Integer.toString(PG_PORT));
        Files.createDirectories(run);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("local.sh " + String.join(" ", arguments) + " failed:\n" + out);
        }
        System.out.print(out);
    }
}
