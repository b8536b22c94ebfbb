package org.linli.tenants.volunteering;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rotating check-in code an organiser shows on a screen: {@code <activity>.<I|O>.<window>.<signature>}, where the
 * window numbers {@link #WINDOW}-long slices of time and the signature is HMAC-SHA256, keyed with the activity's
 * server-side secret, over the tenant, activity, direction and window. A code is accepted in its own window and the
 * next one, so whatever the screen shows stays valid for between one and two windows; a code copied from another
 * tenant, another activity or direction, or altered in any character, fails the signature.
 */
public final class AttendanceCode {

    /** How long one code is shown before the next replaces it. */
    public static final Duration WINDOW = Duration.ofMinutes(2);

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,18})\\.([IO])\\.(\\d{1,18})\\.([A-Za-z0-9_-]{43})");

    /** A code taken apart, not yet checked. */
    public record Parsed(long activity, Direction direction, long window, String signature) {
    }

    private AttendanceCode() {
    }

    /** The code valid now for {@code direction} of the activity. */
    public static String issue(byte[] secret, long tenant, long activity, Direction direction, Instant now) {
        long window = window(now);
        return activity + "." + letter(direction) + "." + window + "." + sign(secret, tenant, activity, direction,
                window);
    }

    /** When a code issued at {@code now} stops being accepted. */
    public static Instant expiresAt(Instant now) {
        return Instant.ofEpochSecond((window(now) + 2) * WINDOW.toSeconds());
    }

    /** The parts of a code in the right shape, or empty. */
    public static Optional<Parsed> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(code.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(Long.parseLong(m.group(1)), "I".equals(m.group(2)) ? Direction.IN
                : Direction.OUT, Long.parseLong(m.group(3)), m.group(4)));
    }

    /** True when the signature is the activity's for this tenant and the window is the current or the previous one. */
    public static boolean accepts(byte[] secret, long tenant, Parsed code, Instant now) {
        long current = window(now);
        if (code.window() != current && code.window() != current - 1) {
            return false;
        }
        byte[] expected = sign(secret, tenant, code.activity(), code.direction(), code.window())
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, code.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private static long window(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), WINDOW.toSeconds());
    }

    private static String letter(Direction direction) {
        return direction == Direction.IN ? "I" : "O";
    }

    private static String sign(byte[] secret, long tenant, long activity, Direction direction, long window) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] tag = mac.doFinal((tenant + ":" + activity + ":" + letter(direction) + ":" + window)
                    .getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
