package org.linli.tenants.devices;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;
import org.linli.platform.tenancy.TenantId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSignatureTest {

    private static final String SECRET = "s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t-x";
    private static final Instant NOW = Instant.parse("2026-12-04T06:30:00Z");
    private static final String TIMESTAMP = String.valueOf(NOW.getEpochSecond());
    private static final byte[] BODY = "{\"kind\":\"SMOKE\",\"occurredAt\":\"2026-12-04T06:29:58Z\"}"
            .getBytes(StandardCharsets.UTF_8);

    private static SignedEvent signed(String timestamp, String nonce, String signature, byte[] body) {
        return new SignedEvent("d1-abcdefghij", timestamp, nonce, signature, body);
    }

    @Test
    void aSignatureOverTimestampNonceAndBodyWithTheSecretVerifies() {
        String signature = EventSignature.sign(SECRET, TIMESTAMP, "nonce-0001", BODY);

        assertThat(EventSignature.verify(SECRET, signed(TIMESTAMP, "nonce-0001", signature, BODY), NOW))
                .isEqualTo(NOW);
    }

    @Test
    void theCanonicalStringIsTimestampLineFeedNonceLineFeedBody() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        byte[] expected = mac.doFinal((TIMESTAMP + "\nnonce-0001\n" + new String(BODY, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(EventSignature.sign(SECRET, TIMESTAMP, "nonce-0001", BODY))
                .isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void upperCaseHexAndBase64SignaturesVerifyToo() {
        byte[] raw = HexFormat.of().parseHex(EventSignature.sign(SECRET, TIMESTAMP, "nonce-0002", BODY));

        for (String written : new String[]{HexFormat.of().withUpperCase().formatHex(raw),
                Base64.getEncoder().encodeToString(raw), Base64.getUrlEncoder().withoutPadding().encodeToString(raw)}) {
            assertThat(EventSignature.verify(SECRET, signed(TIMESTAMP, "nonce-0002", written, BODY), NOW))
                    .isEqualTo(NOW);
        }
    }

    @Test
    void aWrongSecretATamperedBodyOrAMissingSignatureIsRefused() {
        String signature = EventSignature.sign(SECRET, TIMESTAMP, "nonce-0003", BODY);
        byte[] tampered = "{\"kind\":\"PANIC\",\"occurredAt\":\"2026-12-04T06:29:58Z\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> EventSignature.verify("another-secret", signed(TIMESTAMP, "nonce-0003", signature, BODY),
                NOW), "device_signature_invalid");
        assertRefused(() -> EventSignature.verify(SECRET, signed(TIMESTAMP, "nonce-0003", signature, tampered), NOW),
                "device_signature_invalid");
        assertRefused(() -> EventSignature.verify(SECRET, signed(TIMESTAMP, "nonce-0004", signature, BODY), NOW),
                "device_signature_invalid");
        assertRefused(() -> EventSignature.verify(SECRET, signed(TIMESTAMP, "nonce-0003", null, BODY), NOW),
                "device_signature_invalid");
        assertRefused(() -> EventSignature.verify(SECRET, signed(TIMESTAMP, "nonce-0003", "not a signature", BODY),
                NOW), "device_signature_invalid");
        assertRefused(() -> EventSignature.verify(SECRET, signed(TIMESTAMP, "short", signature, BODY), NOW),
                "device_signature_invalid");
    }

    @Test
    void aClockMoreThanFiveMinutesOffEitherWayIsAReplay() {
        for (long offset : new long[]{-301, 301, -86_400}) {
            String timestamp = String.valueOf(NOW.getEpochSecond() + offset);
            String signature = EventSignature.sign(SECRET, timestamp, "nonce-0005", BODY);
            assertRefused(() -> EventSignature.verify(SECRET, signed(timestamp, "nonce-0005", signature, BODY), NOW),
                    "replayed");
        }
        for (long offset : new long[]{-300, 300}) {
            String timestamp = String.valueOf(NOW.getEpochSecond() + offset);
            String signature = EventSignature.sign(SECRET, timestamp, "nonce-0006", BODY);
            assertThat(EventSignature.verify(SECRET, signed(timestamp, "nonce-0006", signature, BODY), NOW))
                    .isEqualTo(NOW.plusSeconds(offset));
        }
    }

    @Test
    void aSignatureCannotBeMovedToAnotherTimestampToPassTheClock() {
        String old = String.valueOf(NOW.getEpochSecond() - 3600);
        String signature = EventSignature.sign(SECRET, old, "nonce-0007", BODY);

        assertRefused(() -> EventSignature.verify(SECRET, signed(TIMESTAMP, "nonce-0007", signature, BODY), NOW),
                "device_signature_invalid");
    }

    @Test
    void codesNameTheirTenantAndNothingElseParses() {
        String code = DeviceCode.issue(TenantId.of(42));

        assertThat(code).matches("d42-[a-z2-7]{10}");
        assertThat(DeviceCode.tenantOf(code)).contains(TenantId.of(42));
        assertThat(DeviceCode.tenantOf("d0-abcdefghij")).isEmpty();
        assertThat(DeviceCode.tenantOf("d42-ABCDEFGHIJ")).isEmpty();
        assertThat(DeviceCode.tenantOf("x42-abcdefghij")).isEmpty();
        assertThat(DeviceCode.tenantOf(null)).isEmpty();
    }

    @Test
    void secretsAreThirtyTwoRandomBytes() {
        String one = DeviceSecret.issue();

        assertThat(Base64.getUrlDecoder().decode(one)).hasSize(32);
        assertThat(one).isNotEqualTo(DeviceSecret.issue());
    }

    private static void assertRefused(Runnable check, String code) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.kind()).isEqualTo(ProblemKind.UNAUTHENTICATED);
        });
    }
}
