package org.linli.tenants.volunteering;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceCodeTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();
    private static final Instant NOW = Instant.parse("2026-12-05T01:00:30Z");

    private static boolean accepted(String code, byte[] secret, long tenant, Instant at) {
        return AttendanceCode.parse(code).map(p -> AttendanceCode.accepts(secret, tenant, p, at)).orElse(false);
    }

    @Test
    void aCodeNamesItsActivityAndDirectionAndIsAcceptedInItsWindowAndTheNext() {
        String code = AttendanceCode.issue(SECRET, 1, 42, Direction.IN, NOW);
        AttendanceCode.Parsed parsed = AttendanceCode.parse(code).orElseThrow();
        assertThat(parsed.activity()).isEqualTo(42);
        assertThat(parsed.direction()).isEqualTo(Direction.IN);
        assertThat(accepted(code, SECRET, 1, NOW)).isTrue();
        assertThat(accepted(code, SECRET, 1, NOW.plus(AttendanceCode.WINDOW))).isTrue();
        assertThat(AttendanceCode.expiresAt(NOW)).isAfter(NOW.plus(AttendanceCode.WINDOW));
    }

    @Test
    void anExpiredCodeIsRefused() {
        String code = AttendanceCode.issue(SECRET, 1, 42, Direction.IN, NOW);
        assertThat(accepted(code, SECRET, 1, AttendanceCode.expiresAt(NOW))).isFalse();
        assertThat(accepted(code, SECRET, 1, NOW.minus(AttendanceCode.WINDOW))).as("not yet issued").isFalse();
    }

    @Test
    void aTamperedCodeOrOneOfAnotherSecretOrTenantIsRefused() {
        String code = AttendanceCode.issue(SECRET, 1, 42, Direction.IN, NOW);
        assertThat(accepted(code.replace("42.I.", "43.I."), SECRET, 1, NOW)).as("other activity").isFalse();
        assertThat(accepted(code.replace(".I.", ".O."), SECRET, 1, NOW)).as("other direction").isFalse();
        char last = code.charAt(code.length() - 1);
        assertThat(accepted(code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A'), SECRET, 1, NOW))
                .as("altered signature").isFalse();
        byte[] other = Arrays.copyOf(SECRET, SECRET.length);
        other[0] ^= 1;
        assertThat(accepted(code, other, 1, NOW)).as("other activity's secret").isFalse();
        assertThat(accepted(code, SECRET, 2, NOW)).as("other tenant").isFalse();
        assertThat(AttendanceCode.parse("volunteer/scan?code=x")).isEmpty();
        assertThat(AttendanceCode.parse(null)).isEmpty();
    }
}
