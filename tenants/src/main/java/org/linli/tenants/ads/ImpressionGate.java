package org.linli.tenants.ads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether an impression counts: not a bot's, and not a repeat of the same creative to the same browsing
 * session within a minute (a screen page polling, a reload). Only a one-way hash of session and booking is kept, in
 * memory, for that minute: nothing says who saw what, and nothing is written anywhere. On a cluster each member
 * remembers its own sessions, which at worst counts a repeat that moved to another member.
 */
@ApplicationScoped
public class ImpressionGate {

    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Sessions remembered at most; beyond, the oldest minute is forgotten early rather than memory growing. */
    static final int MAX_REMEMBERED = 100_000;

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public ImpressionGate() {
    }

    ImpressionGate(Clock clock) {
        this.clock = clock;
    }

    /** True when this impression is to be counted (and remembered for a minute). */
    public boolean admits(String session, AdBookingId booking, String userAgent) {
        if (BotFilter.isBot(userAgent)) {
            return false;
        }
        if (session == null || session.isBlank()) {
            return true;
        }
        Instant now = clock.instant();
        if (seen.size() >= MAX_REMEMBERED) {
            seen.values().removeIf(at -> !at.plus(WINDOW).isAfter(now));
            if (seen.size() >= MAX_REMEMBERED) {
                seen.clear();
            }
        }
        boolean[] admitted = {false};
        seen.compute(key(session, booking.value()), (k, at) -> {
            if (at == null || !at.plus(WINDOW).isAfter(now)) {
                admitted[0] = true;
                return now;
            }
            return at;
        });
        return admitted[0];
    }

    private static String key(String session, long bookingId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((session + "|" + bookingId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
