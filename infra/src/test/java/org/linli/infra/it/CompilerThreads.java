package org.linli.infra.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * The CPU time a JVM's JIT compiler threads have used so far, read from Linux's {@code /proc}: what a start spends
 * compiling beside what it spends starting. HotSpot names them {@code C1 CompilerThread<n>} and
 * {@code C2 CompilerThread<n>}; the kernel keeps a thread's first fifteen characters.
 * <p>
 * Not {@code jstat -compiler}'s time, which the warm-up reads ({@link Benchmarks#warmUntilCompiled}): that is the
 * compilations' elapsed time, and on a machine whose cores are all busy it also counts the time a compiler waited
 * for one (a quarter more than its CPU in a start here, 26.0 s against 20.5 s), so it cannot be read as a share of
 * the CPU.
 */
final class CompilerThreads {

    /** The kernel reports a thread's CPU time in clock ticks of 1/100 s (USER_HZ) to user space. */
    private static final double TICKS_PER_SECOND = 100;

    private CompilerThreads() {
    }

    /** Seconds of CPU the compiler threads of process {@code pid} have used; empty where there is no /proc. */
    static OptionalDouble cpuSeconds(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return OptionalDouble.empty();
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            return OptionalDouble.of(threads.mapToLong(CompilerThreads::compilerTicks).sum() / TICKS_PER_SECOND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long compilerTicks(Path thread) {
        try {
            return ticksIfCompiler(Files.readString(thread.resolve("stat")));
        } catch (NoSuchFileException e) {
            return 0; // the thread ended since the directory was listed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The user and system ticks of one {@code /proc/<pid>/task/<tid>/stat} line if its thread is a JIT compiler's,
     * else 0. The name is the second field, in parentheses, and may itself hold spaces and parentheses, so the fields
     * after it are counted from the last closing one: state first, user time the twelfth, system time the thirteenth.
     */
    static long ticksIfCompiler(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String name = stat.substring(open + 1, close);
        if (!name.matches("C[12] CompilerThre.*")) {
            return 0;
        }
        String[] fields = stat.substring(close + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
