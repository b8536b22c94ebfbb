package org.linli.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;

/**
 * The one clock services read time from. It is the system clock, except while demo seeding writes a believable
 * history: then {@link #travelTo} sets it back to a moment in the past and {@link #backToNow} returns it. Nothing
 * else moves it, and nothing runs on behalf of users while it is moved (seeding finishes before the first request).
 */
@ApplicationScoped
public class Clocks {

    private final MovableClock clock = new MovableClock(Clock.systemUTC());

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** From now on the clock reads {@code moment}, and runs on from there. */
    public void travelTo(Instant moment) {
        clock.travelTo(moment);
    }

    public void backToNow() {
        clock.backToNow();
    }
}
