package org.linli.infra.it;

import org.junit.jupiter.api.Test;

import org.linli.infra.it.Benchmarks.Work;
import org.linli.platform.application.ChinaTime;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.infra.it.Benchmarks.jcmd;
import static org.linli.infra.it.Benchmarks.medians;
import static org.linli.infra.it.Benchmarks.owner;
import static org.linli.infra.it.Benchmarks.postgres;
import static org.linli.infra.it.Benchmarks.jstatGc;
import static org.linli.infra.it.Benchmarks.warmUntilCompiled;
import static org.linli.infra.it.Benchmarks.write;

/**
 * Finance at scale, on demand (not part of the test command; see the README). A fixture writes paid orders straight
 * into PostgreSQL — orders cloned from one booked through the API, each with its paid payment and its platform,
 * tenant and provider split lines, spread over the last twelve months across a few tenants made through the API —
 * then finance's reads are timed over HTTP against hand-written SQL giving the same figures on the same data: the
 * revenue report of last month, the platform's comparison of tenants for that month, and the first page of the month's
 * split-line export (up to its first 500 lines); beside them, for reference, an empty day's export and the node's
 * liveness check (what any answer over HTTP costs). Interleaved rounds, medians, printed as ratios; the server's heap
 * is read before and after (after a full collection) to show the reads do not hold the period's lines. The server is a
 * node as production runs one ({@link Node#besideTestServer}). The fixture's rows stay in the database: recreate it
 * before the next run.
 */
class FinanceBenchmark extends RealWarTest {

    private static final int ORDERS = Integer.getInteger("linli.bench.orders", 1_000_000);
    private static final int TENANTS = Integer.getInteger("linli.bench.tenants", 2);
    private static final int ROUNDS = Integer.getInteger("linli.bench.rounds", 20);
    /**
     * The least time spent warming up, not counted: passes over the variants, each running again and again in its
     * equal share of a pass (at least {@link #WARM_UP_RUNS} times), until the server's JIT compiler has settled
     * ({@link Benchmarks#warmUntilCompiled}), so the rounds compare compiled code on both sides (the JDBC driver
     * prepares a statement on the server from its fifth run). A cheap variant needs thousands of runs for that; a
     * report of a million orders gets its ten.
     */
    private static final long WARM_UP_MILLIS = Long.getLong("linli.bench.warm-up-millis", 40_000);
    private static final long WARM_UP_MAX_MILLIS = Long.getLong("linli.bench.warm-up-max-millis", 300_000);
    private static final long PASS_MILLIS = 7_000;
    private static final int WARM_UP_RUNS = 10;
    /** Fixture ids start far above what the sequences hand out while the benchmark runs. */
    private static final long ID_BASE = 1_000_000_000L;
    private static final int EXPORT_LINES = 500;
    /** The server's finance reads, each compared with its hand-written SQL; the rest are references. */
    private static final List<String> COMPARED = List.of("report", "tenants", "export");

    private record Shop(Market market, String finance, long template) {
    }

    @Test
    void financeReadsAgainstHandWrittenSql() throws Exception {
        String url = postgres("the fixture and the baseline run SQL");
        Api api = new Api(base);
        String admin = api.token("admin");
        List<Shop> shops = new ArrayList<>();
        for (int t = 0; t < TENANTS; t++) {
            Market m = Market.open(api, admin, "housekeeping");
            long offering = m.offer("HOUSEKEEPING", "擦玻璃", "FIXED", 8_800, false);
            shops.add(new Shop(m, m.finance(admin), m.book(offering, null)));
        }
        LocalDate from = LocalDate.now(ChinaTime.ZONE).withDayOfMonth(1).minusMonths(1);
        LocalDate to = from.plusMonths(1).minusDays(1);
        String period = "?from=" + from + "&to=" + to;
        Shop shop = shops.get(0);
        try (Connection owner = owner(url)) {
            long began = System.nanoTime();
            for (int t = 0; t < TENANTS; t++) {
                fixture(owner, shops.get(t), t, ORDERS / TENANTS);
            }
            try (Statement s = owner.createStatement()) {
                s.execute("vacuum analyze service_order, payment, split_line");
            }
            double fixtureSeconds = (System.nanoTime() - began) / 1e9;
            try (Node node = Node.besideTestServer(url, api.root())) {
                String root = node.root() + "/api/v1";
                Map<String, Work> variants = new LinkedHashMap<>();
                variants.put("report", () -> get(root + "/reports/revenue" + period, shop.finance()));
                variants.put("report-sql", () -> reportSql(owner, shop.market().tenant, from, to));
                variants.put("tenants", () -> get(root + "/reports/revenue/tenants" + period, admin));
                variants.put("tenants-sql", () -> tenantsSql(owner, from, to));
                variants.put("export", () -> BenchmarkHttp.get(root + "/reports/revenue/details/csv" + period)
                        .bearer(shop.finance()).firstLines(EXPORT_LINES + 1));
                variants.put("export-sql", () -> exportSql(owner, shop.market().tenant, from, to));
                // A request's floor for reference, not compared: the export of a day without lines (a sign-in and
                // one empty read).
                LocalDate empty = from.minusYears(2);
                variants.put("floor", () -> get(root + "/reports/revenue/details/csv?from=" + empty + "&to=" + empty,
                        shop.finance()));
                // The server's own floor, not compared either: MicroProfile Health's liveness check, no sign-in, no
                // database, no code of Linli's; what any answer over HTTP costs at the least after the same pause.
                variants.put("liveness", () -> BenchmarkHttp.get(node.root() + "/health/live").read(200));
                String heapBefore = heap(node.process(), true);
                Benchmarks.WarmUp warmUp = warmUntilCompiled(node.process(), () -> pass(variants), WARM_UP_MILLIS,
                        WARM_UP_MAX_MILLIS);
                Rounds rounds = rounds(variants, node.process());
                String heapAfter = heap(node.process(), true);
                report(rounds.millis(), fixtureSeconds, from, to, warmUp, heapBefore + "; old generation at most "
                        + rounds.peakOldKilobytes() / 1024 + " MB after any request", heapAfter);
            }
        }
    }

    /** Runs each variant again and again in its equal share of a warm-up pass, at least {@link #WARM_UP_RUNS} times. */
    private static void pass(Map<String, Work> variants) throws Exception {
        long share = PASS_MILLIS * 1_000_000 / variants.size();
        for (Work v : variants.values()) {
            long warming = System.nanoTime();
            for (int run = 0; run < WARM_UP_RUNS || System.nanoTime() - warming < share; run++) {
                v.run();
            }
        }
    }

    /** Each variant's times in milliseconds, round by round, and the most the server's old generation held. */
    private record Rounds(Map<String, List<Double>> millis, long peakOldKilobytes) {
    }

    /**
     * The counted rounds, interleaved, the order rotating each round, so drift in the machine hits every variant
     * alike; after each of the server's reads, what reached its old generation without a forced collection (a
     * period's lines held through a request would be promoted there).
     */
    private static Rounds rounds(Map<String, Work> variants, ProcessHandle server) throws Exception {
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        long peakOld = 0;
        List<String> names = new ArrayList<>(variants.keySet());
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                long start = System.nanoTime();
                variants.get(name).run();
                millis.computeIfAbsent(name, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
                if (COMPARED.contains(name)) {
                    peakOld = Math.max(peakOld, oldGenerationKilobytes(server));
                }
            }
        }
        return new Rounds(millis, peakOld);
    }

    /**
     * Writes {@code orders} paid orders of the shop's tenant: copies of its template order (same provider, resident,
     * offering), paid over the last 365 days, each with a paid payment and three split lines that add up to it.
     */
    private static void fixture(Connection c, Shop shop, int t, int orders) throws SQLException {
        long tenant = shop.market().tenant;
        long orderBase = ID_BASE + t * 10_000_000L;
        long lineBase = ID_BASE + t * 30_000_000L;
        String at = "(now() - interval '1 hour' - make_interval(secs => g * (365.0 * 86400 / " + orders + ")))";
        String amount = "(1000 + (g * 7919) % 20000)";
        List<String> columns = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select column_name from information_schema.columns where"
                + " table_name = 'service_order' and table_schema = current_schema() order by ordinal_position")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        Map<String, String> replaced = Map.of("id", orderBase + " + g", "status", "'PAID'", "amount_fen", amount,
                "refunded_fen", "0", "idempotency_key", "'bench-' || g", "placed_at", at, "updated_at", at,
                "payment_reference", "'BENCH" + t + "-' || g");
        String select = columns.stream().map(col -> replaced.getOrDefault(col, "o." + col))
                .collect(Collectors.joining(", "));
        try (Statement s = c.createStatement()) {
            s.execute("insert into service_order (" + String.join(", ", columns) + ") select " + select
                    + " from service_order o, generate_series(1::bigint, " + orders + ") g"
                    + " where o.tenant_id = " + tenant + " and o.id = " + shop.template());
            s.execute("insert into payment (tenant_id, id, version, trade_number, order_id, amount_fen, channel,"
                    + " status, opened_at, expires_at, gateway_trade_no, paid_at, refunded_fen, subject, subject_id)"
                    + " select " + tenant + ", " + orderBase + " + g, 1, 'BENCH" + t + "-' || g, " + orderBase
                    + " + g, " + amount + ", 'PHONE', 'PAID', " + at + ", " + at + " + interval '15 minutes', 'GW"
                    + t + "-' || g, " + at + ", 0, 'ORDER', " + orderBase + " + g"
                    + " from generate_series(1::bigint, " + orders + ") g");
            // Platform 3 %, tenant 7 %, the provider the rest; every 50th order half given back by each party.
            s.execute("insert into split_line (tenant_id, id, version, order_id, party, module, account, amount_fen,"
                    + " refunded_fen, split_at, funded_by) select " + tenant + ", " + lineBase + " + 3 * g + p.k, 1, "
                    + orderBase + " + g, p.party, 'HOUSEKEEPING', p.account, x.part, case when g % 50 = 0 then"
                    + " x.part / 2 else 0 end, " + at + ", 'gateway:clearing' from generate_series(1::bigint, " + orders
                    + ") g cross join (values (0, 'PLATFORM', 'platform:revenue'), (1, 'TENANT', 'tenant:revenue'),"
                    + " (2, 'PROVIDER', 'provider:" + shop.market().provider + ":payable')) p (k, party, account)"
                    + " cross join lateral (select case p.k when 0 then " + amount + " * 3 / 100 when 1 then "
                    + amount + " * 7 / 100 else " + amount + " - " + amount + " * 3 / 100 - " + amount
                    + " * 7 / 100 end as part) x");
        }
    }

    private static void get(String url, String token) throws IOException {
        BenchmarkHttp.get(url).bearer(token).read(200);
    }

    /** The report's figures: per module, party and week; orders per module; per provider. */
    private static void reportSql(Connection c, long tenant, LocalDate from, LocalDate to) throws SQLException {
        String range = " l.tenant_id = ? and l.split_at >= ? and l.split_at < ?";
        drain(c, "select l.module, l.party, date_trunc('week', l.split_at at time zone 'Asia/Shanghai'),"
                + " sum(l.amount_fen - l.refunded_fen) from split_line l where" + range + " group by 1, 2, 3",
                tenant, from, to);
        drain(c, "select l.module, count(distinct l.order_id) from split_line l where" + range + " group by 1",
                tenant, from, to);
        drain(c, "select p.account, l.party, sum(l.amount_fen - l.refunded_fen), count(distinct l.order_id)"
                + " from split_line l join split_line p on p.tenant_id = l.tenant_id and p.order_id = l.order_id"
                + " and p.party = 'PROVIDER' and p.split_at = l.split_at where"
                + range + " group by 1, 2", tenant, from, to);
    }

    /** Every tenant's totals, a tenant at a time as the platform reads them: per party, and orders. */
    private static void tenantsSql(Connection c, LocalDate from, LocalDate to) throws SQLException {
        String range = " l.tenant_id = t.id and l.split_at >= ? and l.split_at < ?";
        drain(c, "select t.id, x.* from tenant t cross join lateral (select l.party, sum(l.amount_fen -"
                + " l.refunded_fen) from split_line l where" + range + " group by l.party) x", null, from, to);
        drain(c, "select t.id, x.* from tenant t cross join lateral (select count(distinct l.order_id) from"
                + " split_line l where" + range + ") x", null, from, to);
    }

    /**
     * The export's first page, with the providers' names and what discounts the tenant funded (a download is not
     * counted).
     */
    private static void exportSql(Connection c, long tenant, LocalDate from, LocalDate to) throws SQLException {
        drain(c, "select l.id, l.order_id, l.split_at, l.module, l.party, l.amount_fen, l.refunded_fen,"
                + " l.rule_version, pr.name, f.discount_fen, f.owed_fen from split_line l left join provider pr"
                + " on pr.tenant_id = l.tenant_id and l.party = 'PROVIDER' and pr.id = split_part(l.account, ':', 2)"
                + "::bigint left join discount_funding f on f.tenant_id = l.tenant_id and l.party = 'TENANT'"
                + " and f.order_id = l.order_id where l.tenant_id = ? and l.split_at >= ? and l.split_at < ?"
                + " order by l.split_at, l.id limit " + EXPORT_LINES, tenant, from, to);
    }

    private static void drain(Connection c, String sql, Long tenant, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            int i = 1;
            if (tenant != null) {
                q.setLong(i++, tenant);
            }
            q.setTimestamp(i++, Timestamp.from(from.atStartOfDay(ChinaTime.ZONE).toInstant()));
            q.setTimestamp(i, Timestamp.from(to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
            try (ResultSet rs = q.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int col = 1; col <= columns; col++) {
                        rs.getObject(col);
                    }
                }
            }
        }
    }

    /**
     * The server's heap, young and old generation, used of committed, as its performance counters say (any collector),
     * after a full collection when {@code collect}.
     */
    private static String heap(ProcessHandle server, boolean collect) {
        try {
            if (collect) {
                jcmd(server, "GC.run");
            }
            Map<String, Double> gc = jstatGc(server);
            return String.format("young %.0f of %.0f MB, old %.0f of %.0f MB",
                    (gc.get("S0U") + gc.get("S1U") + gc.get("EU")) / 1024,
                    (gc.get("S0C") + gc.get("S1C") + gc.get("EC")) / 1024, gc.get("OU") / 1024, gc.get("OC") / 1024);
        } catch (IOException | InterruptedException e) {
            return "(heap not read: " + e + ")";
        }
    }

    /** What the old generation holds now, without a collection. */
    private static long oldGenerationKilobytes(ProcessHandle server) throws IOException, InterruptedException {
        return Math.round(jstatGc(server).get("OU"));
    }

    private static void report(Map<String, List<Double>> millis, double fixtureSeconds, LocalDate from,
                               LocalDate to, Benchmarks.WarmUp warmUp, String heapBefore, String heapAfter)
            throws IOException {
        Map<String, Double> median = medians(millis);
        StringBuilder text = new StringBuilder(String.format("Finance benchmark: %,d paid orders (%,d split lines) in"
                        + " %d tenants over 12 months, written in %.0f s; period %s..%s; %d interleaved rounds"
                        + " (medians, ms), %s%n", ORDERS / TENANTS * TENANTS,
                3L * (ORDERS / TENANTS) * TENANTS, TENANTS, fixtureSeconds, from, to, ROUNDS, warmUp));
        millis.forEach((name, values) -> text.append(String.format("  %-12s %9.1f ms   rounds %s%n", name,
                median.get(name), Arrays.toString(values.stream().mapToLong(Math::round).toArray()))));
        for (String name : COMPARED) {
            text.append(String.format("  %-8s / hand-written SQL: %6.2f%n", name,
                    median.get(name) / median.get(name + "-sql")));
        }
        text.append(String.format("  (the liveness check alone / the export's hand-written SQL: %.2f; the export's"
                + " empty day: %.2f)%n", median.get("liveness") / median.get("export-sql"),
                median.get("floor") / median.get("export-sql")));
        text.append("  server heap before: ").append(heapBefore).append('\n');
        text.append("  server heap after:  ").append(heapAfter).append('\n');
        write("finance.txt", text);
        assertThat(median.values()).allMatch(v -> v > 0);
    }
}
