package org.linli.infra.it;

import com.sun.management.OperatingSystemMXBean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.linli.billing.payments.alipay.Rsa2;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.linli.infra.it.Benchmarks.cpuNanos;
import static org.linli.infra.it.Benchmarks.median;
import static org.linli.infra.it.Benchmarks.medians;
import static org.linli.infra.it.Benchmarks.owner;
import static org.linli.infra.it.Benchmarks.postgres;
import static org.linli.infra.it.Benchmarks.warmUntilCompiled;
import static org.linli.infra.it.Benchmarks.write;

/**
 * Checkout throughput and catalogue reads, on demand (not part of the test command; see the README), over HTTP
 * against the real WAR.
 * <p>
 * A checkout is what a paying resident causes — an order placed, paid at the Alipay sandbox's cashier, the
 * gateway's notify verified and applied, the split posted to the ledger. The baseline is a raw-SQL double-entry
 * transfer (two entry rows, two balance updates, one transaction) on the same PostgreSQL database. Both run with the
 * same number of workers, in interleaved rounds, and are reported as ratios: checkout / baseline, and "hot" (every
 * worker's money lands on one account: one tenant's platform revenue, one baseline balance row) / uncontended (each
 * worker its own tenant, its own baseline accounts). The server's CPU time per checkout (its process's CPU time over
 * the checkout rounds) and the client's are reported apart, so the benchmark's own cost is visible.
 * <p>
 * A catalogue read is the storefront's first page of offerings (20, with covers) of a module that has 2,000, as a
 * resident; its baseline is MicroProfile Health's liveness check on the same server with the same client.
 * <p>
 * The server measured is a node as production runs it ({@link Node}: the bundle, the README's JVM flags, no
 * cluster) on the test server's database, and Alipay is the test server's sandbox, reached as production reaches
 * Alipay (the SDK over HTTP, notifies back over HTTP): so the figures are Linli's own work, and the stand-in's
 * signing and bookkeeping, which Alipay does on its own machines, are not counted in the server's CPU.
 */
class CheckoutBenchmark extends RealWarTest {

    private static final int WORKERS = Integer.getInteger("linli.bench.workers", 4);
    private static final int ROUNDS = Integer.getInteger("linli.bench.rounds", 5);
    private static final long ROUND_MILLIS = Long.getLong("linli.bench.round-millis", 5_000);
    /** The least time spent warming up, not counted; more until the server's JIT compiler has settled. */
    private static final long WARM_UP_MILLIS = Long.getLong("linli.bench.warm-up-millis", 60_000);
    private static final long WARM_UP_MAX_MILLIS = Long.getLong("linli.bench.warm-up-max-millis", 300_000);

    private static final int CATALOGUE = Integer.getInteger("linli.bench.offerings", 2_000);

    private record Shop(Market market, long offering) {
    }

    /** CPU time of the server and of this client, and the operations done, summed over the measured rounds. */
    private static final class CpuTally {
        long serverNanos;
        long clientNanos;
        long operations;
    }

    /** The server under test, started once for the class. */
    private static Node linli;

    private final Map<String, CpuTally> cpu = new LinkedHashMap<>();

    /** The CPU milliseconds of one reference signature, measured before each checkout round. */
    private final List<Double> signatureMillis = new ArrayList<>();
    private final AtomicLong lateNotifies = new AtomicLong();
    private final Map<String, LongAdder> steps = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile boolean measuring;

    @AfterAll
    static void stopTheNode() throws InterruptedException {
        if (linli != null) {
            linli.close();
        }
    }

    /** The node under test, launched on first use. */
    private Node linli(String url) throws Exception {
        if (linli == null) {
            linli = Node.besideTestServer(url, new Api(base).root());
        }
        return linli;
    }

    @Test
    void checkoutThroughputAgainstARawSqlTransferBaseline() throws Exception {
        String url = postgres("the baseline runs raw SQL");
        Api api = new Api(base);
        String server = linli(url).root();
        String admin = api.token("admin");
        List<Shop> shops = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            Market m = Market.open(api, admin, "housekeeping");
            api.as(admin).header("X-Linli-Tenant", m.tenant).body(Map.of("module", "HOUSEKEEPING",
                    "percentBasisPoints", 1_000, "platformShareBasisPoints", 3_000)).post("/commission-rules")
                    .then().statusCode(201);
            shops.add(new Shop(m, m.offer("HOUSEKEEPING", "擦玻璃", "FIXED", 8_800, false)));
        }
        // Warm the server up before measuring: until the JIT has compiled the paths, it spends more CPU than they do.
        Benchmarks.WarmUp warmUp = warmUntilCompiled(linli.process(), () -> measure(worker -> checkout(server,
                shops.get(worker))), WARM_UP_MILLIS, WARM_UP_MAX_MILLIS);
        try (Connection setup = owner(url)) {
            baselineTables(setup);
            Map<String, List<Double>> results = new LinkedHashMap<>();
            List<String> variants = List.of("checkout", "baseline", "checkout-hot", "baseline-hot");
            for (int round = 0; round < ROUNDS; round++) {
                // Interleaved, and the order rotates each round, so drift in the machine hits every variant alike.
                for (int v = 0; v < variants.size(); v++) {
                    String variant = variants.get((v + round) % variants.size());
                    if (variant.startsWith("checkout")) {
                        signatureMillis.add(referenceSignatureMillis());
                    }
                    double perSecond = switch (variant) {
                        case "checkout" -> measureCpu(variant, worker -> checkout(server, shops.get(worker)));
                        case "checkout-hot" -> measureCpu(variant, worker -> checkout(server, shops.get(0)));
                        case "baseline" -> measureSql(url, worker -> new long[] {1 + 2L * worker, 2 + 2L * worker});
                        default -> measureSql(url, worker -> new long[] {1 + 2L * worker, 0});
                    };
                    results.computeIfAbsent(variant, k -> new ArrayList<>()).add(perSecond);
                }
            }
            report(results, warmUp);
            try (Statement s = setup.createStatement()) {
                s.execute("drop table bench_entry");
                s.execute("drop table bench_account");
            }
        }
        Market first = shops.get(0).market();
        api.as(first.finance(admin)).get("/ledger/check").then().statusCode(200).body("clean", equalTo(true));
    }

    @Test
    void catalogueReadAgainstTheLivenessCheck() throws Exception {
        String url = postgres("the catalogue is filled with SQL");
        Api api = new Api(base);
        Market m = Market.open(api, api.token("admin"), "housekeeping");
        long offering = m.offer("HOUSEKEEPING", "擦玻璃", "FIXED", 8_800, false);
        api.as(m.staff).contentType("image/png").body(TestFiles.png(20_000)).post("/offerings/" + offering
                + "/images").then().statusCode(201);
        try (Connection c = owner(url)) {
            copyOffering(c, m.tenant, offering, CATALOGUE - 1);
        }
        String root = linli(url).root();
        BenchmarkHttp catalogue = BenchmarkHttp.get(root + "/api/v1/offerings?module=HOUSEKEEPING&size=20")
                .bearer(m.resident);
        BenchmarkHttp liveness = BenchmarkHttp.get(root + "/health/live");
        String first = catalogue.send(200);
        assertThat(first).contains("\"total\":" + CATALOGUE);
        assertThat(Pattern.compile("\"coverImage\":\"offerings/").matcher(first).results().count()).isEqualTo(20);
        Benchmarks.WarmUp warmUp = warmUntilCompiled(linli.process(), () -> measure(worker -> (worker % 2 == 0
                ? catalogue : liveness).read(200)), WARM_UP_MILLIS / 2, WARM_UP_MAX_MILLIS);
        Map<String, List<Double>> results = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            boolean catalogueFirst = round % 2 == 0;
            for (String variant : catalogueFirst ? List.of("catalogue", "liveness") : List.of("liveness",
                    "catalogue")) {
                BenchmarkHttp request = variant.equals("catalogue") ? catalogue : liveness;
                results.computeIfAbsent(variant, k -> new ArrayList<>())
                        .add(measureCpu(variant, worker -> request.read(200)));
            }
        }
        Map<String, Double> median = medians(results);
        StringBuilder text = new StringBuilder("Catalogue benchmark: " + WORKERS + " workers on keep-alive"
                + " connections, a page of 20 of " + CATALOGUE + " offerings with covers, " + ROUNDS
                + " interleaved rounds of " + ROUND_MILLIS + " ms (medians, per second), " + warmUp + "\n");
        appendRounds(text, results, median);
        text.append(String.format("  catalogue / liveness:                   %.3f%n",
                median.get("catalogue") / median.get("liveness")));
        cpu.forEach((variant, tally) -> text.append(String.format(
                "  %-13s server CPU %6.3f ms/request, client CPU %6.3f ms/request (%d requests)%n", variant,
                tally.serverNanos / 1e6 / tally.operations, tally.clientNanos / 1e6 / tally.operations,
                tally.operations)));
        write("catalogue.txt", text);
        assertThat(median.values()).allMatch(v -> v > 0);
    }

    /** {@code copies} more of an offering and its cover, written in SQL: the catalogue of a big district. */
    private static void copyOffering(Connection c, long tenant, long offering, int copies) throws SQLException {
        long firstId = 1_000_000_000L;
        try (PreparedStatement offerings = c.prepareStatement("insert into offering (id, title, "
                + otherColumns(c, "offering", "id", "title") + ") select ? + g, o.title || ' ' || g, "
                + otherColumns(c, "offering", "id", "title").replaceAll("(\\w+)", "o.$1")
                + " from offering o, generate_series(1, ?) g where o.tenant_id = ? and o.id = ?");
             PreparedStatement covers = c.prepareStatement("insert into offering_image (id, offering_id, "
                     + otherColumns(c, "offering_image", "id", "offering_id") + ") select ? + g, ? + g, "
                     + otherColumns(c, "offering_image", "id", "offering_id").replaceAll("(\\w+)", "i.$1")
                     + " from offering_image i, generate_series(1, ?) g where i.tenant_id = ? and i.offering_id = ?")) {
            offerings.setLong(1, firstId);
            offerings.setInt(2, copies);
            offerings.setLong(3, tenant);
            offerings.setLong(4, offering);
            assertThat(offerings.executeUpdate()).isEqualTo(copies);
            covers.setLong(1, firstId);
            covers.setLong(2, firstId);
            covers.setInt(3, copies);
            covers.setLong(4, tenant);
            covers.setLong(5, offering);
            assertThat(covers.executeUpdate()).isEqualTo(copies);
        }
        try (Statement s = c.createStatement()) {
            s.execute("analyze offering");
            s.execute("analyze offering_image");
        }
    }

    private static String otherColumns(Connection c, String table, String... left) throws SQLException {
        try (PreparedStatement columns = c.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
            columns.setString(1, table);
            List<String> names = new ArrayList<>();
            try (var rows = columns.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            names.removeAll(List.of(left));
            return String.join(", ", names);
        }
    }

    private interface Operation {
        void run(int worker) throws Exception;
    }

    private interface Accounts {
        long[] of(int worker);
    }

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CASHIER = Pattern.compile("\"cashierUrl\":\"([^\"]+)\"");
    private static final Pattern TRADE = Pattern.compile("trades/([A-Za-z0-9_]+)/pay");

    /**
     * One checkout as a phone would do it (a plain HTTP client, so the client's own cost stays small): book, pay, open
     * the sandbox cashier, confirm, and open the order. The sandbox answers the confirmation once the notify's first
     * delivery was answered, so the order is paid by then; one that is not yet is waited for and counted.
     */
    private void checkout(String root, Shop shop) throws Exception {
        Market m = shop.market();
        long began = System.nanoTime();
        String placed = BenchmarkHttp.post(root + "/api/v1/orders", "{\"offeringId\":" + shop.offering() + "}")
                .bearer(m.resident).header("Idempotency-Key", UUID.randomUUID().toString()).send(201);
        String order = first(ID, placed);
        began = step("place the order", began);
        String paying = BenchmarkHttp.post(root + "/api/v1/orders/" + order + "/pay").bearer(m.resident).send(200);
        began = step("pay: the cashier address", began);
        BenchmarkHttp cashierPage = BenchmarkHttp.get(first(CASHIER, paying));
        String cashier = cashierPage.send(200);
        began = step("open the sandbox cashier", began);
        BenchmarkHttp.post(cashierPage.uri().resolve("/sandbox/alipay/trades/" + first(TRADE, cashier) + "/pay")
                .toString()).send(200);
        began = step("confirm (and the notify)", began);
        if (!paid(root, m, order)) {
            lateNotifies.incrementAndGet();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!paid(root, m, order)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("order " + order + " was not paid within 10 s");
                }
                Thread.sleep(50);
            }
        }
        step("open the paid order", began);
    }

    /** Adds the time since {@code began} to a step's total while a round is measured; answers now. */
    private long step(String name, long began) {
        long now = System.nanoTime();
        if (measuring) {
            steps.computeIfAbsent(name, k -> new LongAdder()).add(now - began);
        }
        return now;
    }

    private static boolean paid(String root, Market m, String order) throws Exception {
        return BenchmarkHttp.get(root + "/api/v1/orders/" + order).bearer(m.resident).send(200)
                .contains("\"status\":\"PAID\"");
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError(pattern + " not in " + text);
        }
        return m.group(1).replace("\\u0026", "&");
    }

    private double measure(Operation operation) throws Exception {
        return measure(operation, ROUND_MILLIS);
    }

    private double measure(Operation operation, long millis) throws Exception {
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
        Thread.sleep(millis);
        running.set(false);
        for (Future<?> f : workers) {
            f.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        return done.get() / seconds;
    }

    /**
     * How fast this machine is now, in CPU time of a fixed piece of work: the RSA2 signature a checkout's gateway
     * request needs once, made by Linli's signer with the node's own key. The host's speed moves by a third from one
     * hour to the next, and the server's CPU per checkout moves with it; this figure lets a run's CPU be read against
     * the machine's.
     */
    private static double referenceSignatureMillis() {
        String key = linli.alipaySigningKey();
        String content = "app_id=2021000000000001&method=alipay.trade.page.pay";
        // Once untimed, so that the key is parsed and kept, as the node's is after its first checkout.
        Rsa2.sign(content, key);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int count = 50;
        long began = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            Rsa2.sign(content, key);
        }
        return (threads.getCurrentThreadCpuTime() - began) / 1e6 / count;
    }

    /** {@link #measure}, with the server's and this client's CPU time over the round added to the variant's tally. */
    private double measureCpu(String variant, Operation operation) throws Exception {
        ProcessHandle server = linli.process();
        long serverBefore = cpuNanos(server);
        long clientBefore = clientCpuNanos();
        AtomicLong done = new AtomicLong();
        measuring = true;
        double perSecond = measure(worker -> {
            operation.run(worker);
            done.incrementAndGet();
        });
        measuring = false;
        CpuTally tally = cpu.computeIfAbsent(variant, k -> new CpuTally());
        tally.serverNanos += cpuNanos(server) - serverBefore;
        tally.clientNanos += clientCpuNanos() - clientBefore;
        tally.operations += done.get();
        return perSecond;
    }

    private static long clientCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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

    private void report(Map<String, List<Double>> results, Benchmarks.WarmUp warmUp) throws IOException {
        Map<String, Double> median = medians(results);
        StringBuilder text = new StringBuilder("Checkout benchmark: " + WORKERS + " workers, " + ROUNDS
                + " interleaved rounds of " + ROUND_MILLIS + " ms (medians, per second), " + warmUp + "\n");
        appendRounds(text, results, median);
        text.append(String.format("  checkout / baseline (uncontended):      %.4f%n",
                median.get("checkout") / median.get("baseline")));
        text.append(String.format("  checkout / baseline (hot account):      %.4f%n",
                median.get("checkout-hot") / median.get("baseline-hot")));
        text.append(String.format("  checkout hot / uncontended:             %.3f%n",
                median.get("checkout-hot") / median.get("checkout")));
        text.append(String.format("  baseline hot / uncontended:             %.3f%n",
                median.get("baseline-hot") / median.get("baseline")));
        cpu.forEach((variant, tally) -> text.append(String.format(
                "  %-13s server CPU %6.2f ms/checkout, client CPU %6.2f ms/checkout (%d checkouts)%n", variant,
                tally.serverNanos / 1e6 / tally.operations, tally.clientNanos / 1e6 / tally.operations,
                tally.operations)));
        double signature = median(signatureMillis);
        text.append(String.format("  machine speed: an RSA-2048 signature took %.2f ms of CPU (median of rounds %s);"
                + " server CPU per checkout = %.1f such signatures%n", signature, Arrays.toString(signatureMillis
                .stream().map(ms -> String.format("%.2f", ms)).toArray()), cpu.get("checkout").serverNanos / 1e6
                / cpu.get("checkout").operations / signature));
        text.append(String.format("  orders not yet paid when the cashier answered: %d%n", lateNotifies.get()));
        long checkouts = cpu.values().stream().mapToLong(t -> t.operations).sum();
        steps.forEach((step, nanos) -> text.append(String.format("  %-30s %7.1f ms per checkout (wall, a worker)%n",
                step, nanos.sum() / 1e6 / checkouts)));
        write("checkout.txt", text);
        assertThat(median.values()).allMatch(v -> v > 0);
    }

    private static void appendRounds(StringBuilder text, Map<String, List<Double>> results,
                                     Map<String, Double> median) {
        results.forEach((variant, values) -> text.append(String.format("  %-13s %8.1f/s   rounds %s%n", variant,
                median.get(variant), Arrays.toString(values.stream().mapToLong(Math::round).toArray()))));
    }
}
