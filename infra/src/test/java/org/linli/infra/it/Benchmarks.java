package org.linli.infra.it;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the on-demand benchmarks share: the database they measure against, the server they measure, their report. */
final class Benchmarks {

    private Benchmarks() {
    }

    /** The application's PostgreSQL database; the benchmark is skipped without one ({@code why} says what for). */
    static String postgres(String why) {
        String url = System.getenv("LINLI_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                why + " on the application's PostgreSQL database: set LINLI_DB_URL");
        return url;
    }

    /** A connection as the schema's owner (row-level security does not apply to it), for fixtures and baselines. */
    static Connection owner(String url) throws SQLException {
        String user = System.getenv().getOrDefault("LINLI_DB_MIGRATION_USER", System.getenv("LINLI_DB_USER"));
        String password = System.getenv().getOrDefault("LINLI_DB_MIGRATION_PASSWORD",
                System.getenv("LINLI_DB_PASSWORD"));
        return DriverManager.getConnection(url, user, password);
    }

    /** The Payara Micro process the container adapter started for this test (a child of this JVM). */
    static ProcessHandle server() {
        List<ProcessHandle> found = ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("payara-micro"))
                        .orElse(false))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one Payara Micro process below this JVM, found " + found.size());
        }
        return found.get(0);
    }

    /** The process's CPU time so far, all its threads (JIT and collector included). */
    static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new AssertionError("no CPU time for "
                + process.pid())).toNanos();
    }

    /** What {@code jcmd <pid> <command>} prints; fails unless it succeeded. */
    static String jcmd(ProcessHandle process, String command) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(Long.toString(process.pid())));
        arguments.addAll(List.of(command.split(" ")));
        return jdkTool("jcmd", arguments);
    }

    /**
     * The heap's figures {@code jstat -gc <pid>} prints, in kB by column name ({@code EU} eden used, {@code OU} old
     * generation used, {@code OC} its capacity...): read from the JVM's performance counters, for any collector.
     */
    static Map<String, Double> jstatGc(ProcessHandle process) throws IOException, InterruptedException {
        String out = jdkTool("jstat", List.of("-gc", Long.toString(process.pid())));
        String[] lines = out.strip().split("\n");
        if (lines.length != 2) {
            throw new AssertionError("jstat -gc: " + out);
        }
        String[] names = lines[0].trim().split("\\s+");
        String[] values = lines[1].trim().split("\\s+");
        Map<String, Double> columns = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i], values[i].equals("-") ? 0 : Double.parseDouble(values[i]));
        }
        return columns;
    }

    /** A piece of a benchmark's work: a variant it times, or a pass of its warm-up. */
    interface Work {
        void run() throws Exception;
    }

    /** What a warm-up took, for the report. */
    record WarmUp(double seconds, boolean settled, double lastCompilingShare) {

        @Override
        public String toString() {
            return String.format("warmed up for %.0f s, %s (its compilations took %.1f %% of the last pass)", seconds,
                    settled ? "until the server's JIT compiler had settled" : "the server's JIT compiler still busy",
                    100 * lastCompilingShare);
        }
    }

    /** A pass's compilations below this share of its time, twice in a row, and the compiler counts as settled. */
    private static final double SETTLED_SHARE = 0.02;

    /**
     * Runs {@code pass} again and again, for at least {@code minMillis}, until the server's JIT compiler has settled:
     * its compilations ({@code jstat -compiler}) took less than 2 % of a pass's time in two passes in a row; or
     * until {@code maxMillis}. Until then a server still compiles the code it measures (a request can take several
     * times as long as it will once compiled, and a fixed warm-up time that was enough for one path is not for a
     * path of more code), so only then do the rounds compare steady states.
     */
    static WarmUp warmUntilCompiled(ProcessHandle server, Work pass, long minMillis, long maxMillis)
            throws Exception {
        long began = System.nanoTime();
        int quietPasses = 0;
        double share;
        boolean settled;
        do {
            double compiledBefore = compilingSeconds(server);
            long passBegan = System.nanoTime();
            pass.run();
            share = (compilingSeconds(server) - compiledBefore) / ((System.nanoTime() - passBegan) / 1e9);
            System.out.printf("warm-up: %.0f s, the server compiled for %.1f %% of the last pass%n",
                    elapsedMillis(began) / 1e3, 100 * share);
            quietPasses = share < SETTLED_SHARE ? quietPasses + 1 : 0;
            settled = quietPasses >= 2;
        } while (!(settled && elapsedMillis(began) >= minMillis) && elapsedMillis(began) < maxMillis);
        return new WarmUp(elapsedMillis(began) / 1e3, settled, share);
    }

    private static long elapsedMillis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** The time the server's JIT compiler has spent compiling, in seconds, as {@code jstat -compiler} counts it. */
    private static double compilingSeconds(ProcessHandle server) throws IOException, InterruptedException {
        String out = jdkTool("jstat", List.of("-compiler", Long.toString(server.pid())));
        String[] lines = out.strip().split("\n");
        List<String> names = List.of(lines[0].trim().split("\\s+"));
        int time = names.indexOf("Time");
        if (lines.length != 2 || time < 0) {
            throw new AssertionError("jstat -compiler: " + out);
        }
        return Double.parseDouble(lines[1].trim().split("\\s+")[time]);
    }

    /** What the JDK's {@code tool} (of this JVM's installation) prints when run with {@code arguments}. */
    private static String jdkTool(String tool, List<String> arguments) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool).toString()));
        line.addAll(arguments);
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", line) + ": " + out);
        }
        return out;
    }

    /** Each variant's median over its rounds. */
    static Map<String, Double> medians(Map<String, List<Double>> results) {
        Map<String, Double> median = new LinkedHashMap<>();
        results.forEach((variant, values) -> median.put(variant, median(values)));
        return median;
    }

    /** The middle one of {@code values} (the upper middle of an even number). */
    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** Prints a report and keeps it in {@code target/benchmark/<file>}. */
    static void write(String file, CharSequence text) throws IOException {
        System.out.print(text);
        Path out = Path.of("target", "benchmark", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
