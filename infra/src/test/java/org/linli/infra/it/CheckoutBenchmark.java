package org.linli.infra.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Checkout throughput, on demand (not part of the test command; see the README): a checkout is what a paying
 * resident causes — an order placed, paid at the Alipay sandbox's cashier, the gateway's notify verified and applied,
 * the split posted to the ledger — measured over HTTP against the real WAR. The baseline is a raw-SQL double-entry
 * transfer (two entry rows, two balance updates, one transaction) on the same PostgreSQL database. Both run with the
 * same number of workers, in interleaved rounds, and are reported as ratios: checkout / baseline, and "hot" (every
 * worker's money lands on one account: one tenant's platform revenue, one baseline balance row) / uncontended (each
 * worker its own tenant, its own baseline accounts).
 */
@ExtendWith(ArquillianExtension.class)
class CheckoutBenchmark {

    private static final int WORKERS = Integer.getInteger("linli.bench.workers", 4);
    private static final int ROUNDS = Integer.getInteger("linli.bench.rounds", 5);
    private static final long ROUND_MILLIS = Long.getLong("linli.bench.round-millis", 5_000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private record Shop(Market market, long offering) {
    }

    @Test
    void checkoutThroughputAgainstARawSqlTransferBaseline() throws Exception {
        String url = System.getenv("LINLI_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "the baseline runs raw SQL on the application's PostgreSQL database: set LINLI_DB_URL");
        Api api = new Api(base);
        String admin = api.token("admin");
        List<Shop> shops = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            Market m = Market.open(api, admin, "housekeeping");
            api.as(admin).header("X-Linli-Tenant", m.tenant).body(Map.of("module", "HOUSEKEEPING",
                    "percentBasisPoints", 1_000, "platformShareBasisPoints", 3_000)).post("/commission-rules")
                    .then().statusCode(201);
            shops.add(new Shop(m, m.offer("HOUSEKEEPING", "擦玻璃", "FIXED", 8_800, false)));
        }
        // Warm the server's code paths before measuring.
        for (int i = 0; i < 20; i++) {
            checkout(api, shops.get(i % WORKERS));
        }
        try (Connection setup = owner(url)) {
            baselineTables(setup);
            Map<String, List<Double>> results = new LinkedHashMap<>();
            List<String> variants = List.of("checkout", "baseline", "checkout-hot", "baseline-hot");
            for (int round = 0; round < ROUNDS; round++) {
                // Interleaved, and the order rotates each round, so drift in the machine hits every variant alike.
                for (int v = 0; v < variants.size(); v++) {
                    String variant = variants.get((v + round) % variants.size());
                    double perSecond = switch (variant) {
                        case "checkout" -> measure(worker -> checkout(api, shops.get(worker)));
                        case "checkout-hot" -> measure(worker -> checkout(api, shops.get(0)));
                        case "baseline" -> measureSql(url, worker -> new long[] {1 + 2L * worker, 2 + 2L * worker});
                        default -> measureSql(url, worker -> new long[] {1 + 2L * worker, 0});
                    };
                    results.computeIfAbsent(variant, k -> new ArrayList<>()).add(perSecond);
                }
            }
            report(results);
            try (Statement s = setup.createStatement()) {
                s.execute("drop table bench_entry");
                s.execute("drop table bench_account");
            }
        }
        Market first = shops.get(0).market();
        api.as(first.finance(admin)).get("/ledger/check").then().statusCode(200).body("clean", equalTo(true));
    }

    private interface Operation {
        void run(int worker) throws Exception;
    }

    private interface Accounts {
        long[] of(int worker);
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CASHIER = Pattern.compile("\"cashierUrl\":\"([^\"]+)\"");
    private static final Pattern TRADE = Pattern.compile("trades/([A-Za-z0-9_]+)/pay");

    /**
     * One checkout as a phone would do it (a plain HTTP client, so the client's own cost stays small): book, pay, open
     * the sandbox cashier, confirm, and wait until the gateway's notify has made the order paid.
     */
    private void checkout(Api api, Shop shop) throws Exception {
        Market m = shop.market();
        String root = api.root();
        String placed = send(HttpRequest.newBuilder(URI.create(root + "/api/v1/orders"))
                .header("Authorization", "Bearer " + m.resident).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"offeringId\":" + shop.offering() + "}")), 201);
        String order = first(ID, placed);
        String paying = send(HttpRequest.newBuilder(URI.create(root + "/api/v1/orders/" + order + "/pay"))
                .header("Authorization", "Bearer " + m.resident).POST(HttpRequest.BodyPublishers.noBody()), 200);
        String cashier = send(HttpRequest.newBuilder(URI.create(root + first(CASHIER, paying))).GET(), 200);
        send(HttpRequest.newBuilder(URI.create(root + "/sandbox/alipay/trades/" + first(TRADE, cashier) + "/pay"))
                .POST(HttpRequest.BodyPublishers.noBody()), 200);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!send(HttpRequest.newBuilder(URI.create(root + "/api/v1/orders/" + order))
                .header("Authorization", "Bearer " + m.resident).GET(), 200).contains("\"status\":\"PAID\"")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("order " + order + " was not paid within 10 s");
            }
            Thread.sleep(5);
        }
    }

    private static String send(HttpRequest.Builder request, int status) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError(pattern + " not in " + text);
        }
        return m.group(1).replace("\\u0026", "&");
    }

    private double measure(Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                start.await();
                while (running.get()) {
                    operation.run(worker);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        Thread.sleep(ROUND_MILLIS);
        running.set(false);
        for (Future<?> f : workers) {
            f.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        return done.get() / seconds;
    }

    private double measureSql(String url, Accounts accounts) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Connection c = owner(url);
            c.setAutoCommit(false);
            connections.add(c);
        }
        try {
            return measure(worker -> transfer(connections.get(worker), accounts.of(worker)));
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** The baseline: a double-entry transfer in raw SQL, two entries and two balance updates in one transaction. */
    private static void transfer(Connection c, long[] accounts) throws SQLException {
        long amount = 1 + ThreadLocalRandom.current().nextLong(10_000);
        try (PreparedStatement entry = c.prepareStatement(
                "insert into bench_entry (account_id, amount) values (?, ?), (?, ?)");
             PreparedStatement balance = c.prepareStatement(
                     "update bench_account set balance = balance + ? where id = ?")) {
            entry.setLong(1, accounts[0]);
            entry.setLong(2, -amount);
            entry.setLong(3, accounts[1]);
            entry.setLong(4, amount);
            entry.executeUpdate();
            balance.setLong(1, -amount);
            balance.setLong(2, accounts[0]);
            balance.addBatch();
            balance.setLong(1, amount);
            balance.setLong(2, accounts[1]);
            balance.addBatch();
            balance.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static void baselineTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_entry");
            s.execute("drop table if exists bench_account");
            s.execute("create table bench_account (id bigint primary key, balance bigint not null)");
            s.execute("create table bench_entry (id bigserial primary key, account_id bigint not null"
                    + " references bench_account (id), amount bigint not null,"
                    + " created_at timestamptz not null default now())");
            s.execute("insert into bench_account (id, balance) select g, 0 from generate_series(0, "
                    + (2 * WORKERS + 1) + ") g");
        }
    }

    private static Connection owner(String url) throws SQLException {
        String user = System.getenv().getOrDefault("LINLI_DB_MIGRATION_USER", System.getenv("LINLI_DB_USER"));
        String password = System.getenv().getOrDefault("LINLI_DB_MIGRATION_PASSWORD",
                System.getenv("LINLI_DB_PASSWORD"));
        return DriverManager.getConnection(url, user, password);
    }

    private static void report(Map<String, List<Double>> results) throws IOException {
        Map<String, Double> median = new LinkedHashMap<>();
        results.forEach((variant, values) -> {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            median.put(variant, sorted[sorted.length / 2]);
        });
        StringBuilder text = new StringBuilder("Checkout benchmark: " + WORKERS + " workers, " + ROUNDS
                + " interleaved rounds of " + ROUND_MILLIS + " ms (medians, per second)\n");
        results.forEach((variant, values) -> text.append(String.format("  %-13s %8.1f/s   rounds %s%n", variant,
                median.get(variant), Arrays.toString(values.stream().mapToLong(Math::round).toArray()))));
        text.append(String.format("  checkout / baseline (uncontended):      %.4f%n",
                median.get("checkout") / median.get("baseline")));
        text.append(String.format("  checkout / baseline (hot account):      %.4f%n",
                median.get("checkout-hot") / median.get("baseline-hot")));
        text.append(String.format("  checkout hot / uncontended:             %.3f%n",
                median.get("checkout-hot") / median.get("checkout")));
        text.append(String.format("  baseline hot / uncontended:             %.3f%n",
                median.get("baseline-hot") / median.get("baseline")));
        System.out.print(text);
        Path out = Path.of("target", "benchmark", "checkout.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        assertThat(median.values()).allMatch(v -> v > 0);
    }
}
