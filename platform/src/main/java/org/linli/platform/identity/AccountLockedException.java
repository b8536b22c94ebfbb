package org.linli.platform.identity;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;

import java.time.Duration;

/** Too many failed sign-ins: the account is locked for {@link #retryAfter()}. */
public class AccountLockedException extends DomainException {

    private final Duration retryAfter;

    public AccountLockedException(Duration retryAfter) {
        super(ProblemKind.LOCKED, "account_locked", Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
