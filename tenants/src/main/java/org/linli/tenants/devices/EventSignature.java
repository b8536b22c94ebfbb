package org.linli.tenants.devices;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a device signs an event, and the check of that signature and of its clock — the same for every transport.
 *
 * <p>The signature is HMAC-SHA256, keyed with the device's secret exactly as it was shown (its ASCII characters),
 * over the canonical string {@value #CANONICAL}: the timestamp (decimal epoch seconds), a line feed, the nonce
 * (8 to 64 of {@code A-Z a-z 0-9 _ -}), a line feed, then the body's bytes unchanged. It is sent as lower- or
 * upper-case hex (64 characters) or base64 (standard or URL-safe, padding optional). A wrong or missing signature is
 * {@code device_signature_invalid}; a timestamp more than {@link #SKEW} away from the server's clock is
 * {@code replayed} (as is a nonce seen before, which the pipeline checks against the database).
 */
public final class EventSignature {

    /** The canonical string, for documentation. */
    public static final String CANONICAL = "timestamp + \"\\n\" + nonce + \"\\n\" + body";
    /** How far a device's clock may be from ours, either way. */
    public static final Duration SKEW = Duration.ofMinutes(5);

    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");

    private EventSignature() {
    }

    /** The signature of an event, in lower-case hex: what a device (or the simulator, or a test) sends. */
    public static String sign(String secret, String timestamp, String nonce, byte[] body) {
        return HexFormat.of().formatHex(mac(secret, timestamp, nonce, body));
    }

    /**
     * Checks that {@code event} was signed with {@code secret} and that its timestamp is within {@link #SKEW} of
     * {@code now}; answers the timestamp. Throws 401 problems: {@code device_signature_invalid} or {@code replayed}.
     */
    public static Instant verify(String secret, SignedEvent event, Instant now) {
        if (event.timestamp() == null || !TIMESTAMP.matcher(event.timestamp()).matches()
                || event.nonce() == null || !NONCE.matcher(event.nonce()).matches()
                || event.signature() == null || event.body() == null) {
            throw invalid();
        }
        byte[] given = decode(event.signature().strip());
        byte[] expected = mac(secret, event.timestamp(), event.nonce(), event.body());
        if (given == null || !MessageDigest.isEqual(given, expected)) {
            throw invalid();
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(event.timestamp()));
        if (Duration.between(sent, now).abs().compareTo(SKEW) > 0) {
            throw replayed();
        }
        return sent;
    }

    static DomainException invalid() {
        return new DomainException(ProblemKind.UNAUTHENTICATED, "device_signature_invalid");
    }

    static DomainException replayed() {
        return new DomainException(ProblemKind.UNAUTHENTICATED, "replayed");
    }

    private static byte[] mac(String secret, String timestamp, String nonce, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            mac.update((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The signature's bytes from hex or base64, or null when it is neither or has the wrong length. */
    private static byte[] decode(String signature) {
        try {
            byte[] bytes;
            if (signature.length() == 64 && signature.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                bytes = HexFormat.of().parseHex(signature.toLowerCase(Locale.ROOT));
            } else if (signature.indexOf('-') >= 0 || signature.indexOf('_') >= 0) {
                bytes = Base64.getUrlDecoder().decode(signature);
            } else {
                bytes = Base64.getDecoder().decode(signature);
            }
            return bytes.length == 32 ? bytes : null;
        } catch (IllegalArgumentException notEncoded) {
            return null;
        }
    }
}
