package org.linli.infra.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up and memory, on demand (see the README): the time from launching a JVM to the first healthy answer of
 * Linli's bundle (fresh data directory, embedded database, demo off; and demo on), against a bare Payara Micro
 * deploying a hello-world WAR, with the same JVM flags and options, in interleaved rounds; and the resident memory
 * of an idle Linli node half a minute after start. Flags come from {@code linli.bench.jvm-flags}, by default those
 * the README's run command documents. Outside demo mode a node needs its personal-data keys: made here, per run.
 * Beside each time it reports the CPU the JVM had used by then, and how much of that its JIT compiler threads used:
 * a start that keeps every core busy is bound by the CPU, and the compilers' share is what it pays for the code it
 * will run fast later.
 */
class StartupBenchmark {

    private static final int ROUNDS = Integer.getInteger("linli.bench.start-rounds", 3);
    private static final List<String> FLAGS = List.of(System.getProperty("linli.bench.jvm-flags",
            Node.README_FLAGS).trim().split("\\s+"));
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    /** The whole of the hello-world application. */
    @WebServlet("/hello")
    public static class Hello extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print("hello");
        }
    }

    /** One start: seconds to the first healthy answer, CPU seconds used by then (all threads, and the compilers'). */
    private record Started(double seconds, double cpuSeconds, double compilerSeconds, long idleRssKb) {
    }

    @Test
    void startAndIdleMemoryAgainstABarePayaraMicro(@TempDir Path work) throws Exception {
        Path target = Path.of("target");
        Path micro = target.resolve("payara-micro.jar").toAbsolutePath();
        Path linli = target.resolve("linli.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.exists(micro) && Files.exists(linli), "needs the packaged bundle");
        Path hello = work.resolve("hello.war");
        ShrinkWrap.create(WebArchive.class, "hello.war").addClass(Hello.class).as(ZipExporter.class)
                .exportTo(hello.toFile());
        Map<String, List<Started>> results = new LinkedHashMap<>();
        List<String> variants = List.of("bare", "linli", "linli-demo");
        for (int round = 0; round < ROUNDS; round++) {
            for (int v = 0; v < variants.size(); v++) {
                String variant = variants.get((v + round) % variants.size());
                Path data = Files.createDirectories(work.resolve(variant + "-" + round));
                Started started = switch (variant) {
                    case "bare" -> start(FLAGS, List.of("-jar", micro.toString(), "--deploy", hello.toString(),
                            "--contextroot", "/"), "/hello", data, false);
                    case "linli" -> start(FLAGS, List.of("-Dlinli.data-dir=" + data, "-Dlinli.crypto.keys=k1:"
                                    + key(), "-Dlinli.crypto.active-key=k1", "-Dlinli.crypto.index-key=" + key(),
                            "-jar", linli.toString()), "/health", data, true);
                    default -> start(FLAGS, List.of("-Dlinli.demo=true", "-Dlinli.data-dir=" + data, "-jar",
                            linli.toString()), "/health", data, false);
                };
                results.computeIfAbsent(variant, k -> new ArrayList<>()).add(started);
            }
        }
        report(results);
    }

    /**
     * Launches a node (with {@code --nohazelcast}, as the README runs one) and answers the seconds until
     * {@code path} answered 200, and, if asked, its resident memory after thirty idle seconds.
     */
    private static Started start(List<String> jvm, List<String> launch, String path, Path data, boolean idleRss)
            throws Exception {
        long began = System.nanoTime();
        // The embedded defaults: no database, broker or gateway settings of the benchmark's own environment.
        try (Node node = Node.launch(jvm, launch, Node.freePort(), data,
                environment -> environment.keySet().removeIf(name -> name.startsWith("LINLI_")))) {
            node.awaitHealthy(path, Duration.ofMinutes(5));
            double seconds = (System.nanoTime() - began) / 1e9;
            ProcessHandle process = node.process();
            double cpu = Benchmarks.cpuNanos(process) / 1e9;
            double compilers = CompilerThreads.cpuSeconds(process.pid()).orElse(Double.NaN);
            long rss = 0;
            if (idleRss) {
                Thread.sleep(30_000);
                rss = rssKb(process.pid());
            }
            return new Started(seconds, cpu, compilers, rss);
        }
    }

    private static String key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static long rssKb(long pid) throws IOException {
        Matcher m = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static void report(Map<String, List<Started>> results) throws IOException {
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        results.forEach((variant, runs) -> seconds.put(variant, runs.stream().map(Started::seconds).toList()));
        Map<String, Double> median = Benchmarks.medians(seconds);
        StringBuilder text = new StringBuilder("Start-up benchmark: " + ROUNDS + " interleaved rounds, "
                + Runtime.getRuntime().availableProcessors() + " processors, JVM flags " + String.join(" ", FLAGS)
                + "\n");
        results.forEach((variant, runs) -> {
            text.append(String.format("  %-11s %6.1f s to the first healthy answer   rounds %s%n", variant,
                    median.get(variant), Arrays.toString(runs.stream().mapToDouble(Started::seconds)
                            .mapToObj(s -> String.format("%.1f", s)).toArray())));
        });
        results.forEach((variant, runs) -> {
            double cpu = Benchmarks.median(runs.stream().map(Started::cpuSeconds).toList());
            double compilers = Benchmarks.median(runs.stream().map(Started::compilerSeconds).toList());
            text.append(String.format("  %-11s %6.1f s of CPU by then (%.1f cores busy), the JIT compilers' %s%n",
                    variant, cpu, cpu / median.get(variant),
                    Double.isNaN(compilers) ? "not known here" : String.format("%.1f s", compilers)));
        });
        long[] rss = results.get("linli").stream().mapToLong(Started::idleRssKb).sorted().toArray();
        text.append(String.format("  linli / bare Payara Micro:              %.2f%n",
                median.get("linli") / median.get("bare")));
        text.append(String.format("  demo seed adds:                         %.1f s%n",
                median.get("linli-demo") - median.get("linli")));
        text.append(String.format("  idle RSS after start:                   %d MB (median of %s kB)%n",
                rss[rss.length / 2] / 1024, Arrays.toString(rss)));
        Benchmarks.write("startup.txt", text);
        assertThat(median.values()).allMatch(v -> v > 0);
    }
}
