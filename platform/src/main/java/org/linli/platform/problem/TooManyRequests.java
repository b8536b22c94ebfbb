package org.linli.platform.problem;

import java.time.Duration;

/** A caller over its rate: {@code too_many_requests} with the time after which it may try again (Retry-After). */
public class TooManyRequests extends DomainException {

    private final transient Duration retryAfter;

    public TooManyRequests(String code, Duration retryAfter) {
        super(ProblemKind.TOO_MANY_REQUESTS, code);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
