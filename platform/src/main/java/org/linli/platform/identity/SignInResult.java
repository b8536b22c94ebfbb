package org.linli.platform.identity;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;
import org.linli.platform.security.Actor;

import java.time.Duration;

/** How a sign-in attempt ended. Failures say why only as far as is safe to tell the person signing in. */
public sealed interface SignInResult {

    record Success(Actor actor) implements SignInResult {
    }

    record Failure(Reason reason, Duration retryAfter) implements SignInResult {
        public static Failure of(Reason reason) {
            return new Failure(reason, Duration.ZERO);
        }

        /** The problem to show or answer; its code names the i18n text {@code problem.<code>}. */
        public DomainException toProblem() {
            return switch (reason) {
                case INVALID_CREDENTIALS -> new DomainException(ProblemKind.UNAUTHENTICATED, "invalid_credentials");
                case LOCKED -> new AccountLockedException(retryAfter);
                case ACCOUNT_DISABLED -> DomainException.forbidden("account_disabled");
                case TENANT_SUSPENDED -> DomainException.forbidden("tenant_suspended");
            };
        }
    }

    enum Reason {
        /** Unknown username or wrong password; never says which. */
        INVALID_CREDENTIALS,
        /** Too many failures recently; {@code retryAfter} tells when to try again. */
        LOCKED,
        /** Correct password, but the account is disabled. */
        ACCOUNT_DISABLED,
        /** Correct password, but the user's tenant is suspended. */
        TENANT_SUSPENDED
    }
}
