package org.linli.tenants.devices;

import jakarta.enterprise.context.ApplicationScoped;
import org.linli.platform.problem.TooManyRequests;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-device rate limit of the intake: at most {@value #PER_MINUTE} events a device in each clock minute, counted
 * after the signature checks out (so that nobody but the device can spend its budget). Beyond it the device is
 * answered {@code too_many_requests} with the seconds to the next minute. The count is per node: a cluster of n
 * nodes lets a device through at most n times the rate, which still bounds a device gone haywire.
 */
@ApplicationScoped
public class EventThrottle {

    public static final int PER_MINUTE = 60;
    /** Beyond this many devices counted in one minute, older windows are dropped first. */
    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, int count) {
    }

    /** Counts one event of {@code device} at {@code now}; throws when the device is over its rate. */
    public void admit(String device, Instant now) {
        long minute = now.getEpochSecond() / 60;
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window = windows.merge(device, new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() > PER_MINUTE) {
            long wait = (minute + 1) * 60 - now.getEpochSecond();
            throw new TooManyRequests("device_rate_exceeded", Duration.ofSeconds(Math.max(1, wait)));
        }
    }
}
