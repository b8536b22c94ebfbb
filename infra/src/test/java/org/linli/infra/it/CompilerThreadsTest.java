package org.linli.infra.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompilerThreadsTest {

    private static String stat(String name, long user, long system) {
        return "28276 (" + name + ") S 1 28258 395 0 -1 4194368 1089 0 0 0 " + user + " " + system
                + " 0 0 20 0 19 0 3810485 9188765696 20170 18446744073709551615 0 0 0 0 0 0 4 2 16800973 1 0 0 -1 0";
    }

    @Test
    void aCompilerThreadCountsItsUserAndSystemTicks() {
        assertThat(CompilerThreads.ticksIfCompiler(stat("C2 CompilerThre", 1_615, 12))).isEqualTo(1_627);
        assertThat(CompilerThreads.ticksIfCompiler(stat("C1 CompilerThre", 476, 0))).isEqualTo(476);
    }

    @Test
    void anyOtherThreadCountsNothing() {
        assertThat(CompilerThreads.ticksIfCompiler(stat("java", 1_238, 40))).isZero();
        assertThat(CompilerThreads.ticksIfCompiler(stat("G1 Conc#0", 120, 3))).isZero();
    }

    @Test
    void aNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        assertThat(CompilerThreads.ticksIfCompiler(stat("http (1) C2 x", 500, 5))).isZero();
        assertThat(CompilerThreads.ticksIfCompiler(stat("C2 CompilerThre) (", 30, 2))).isEqualTo(32);
    }
}
