package org.linli.platform.identity;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.ProblemKind;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInResultTest {

    @Test
    void eachRefusalHasItsProblem() {
        assertThat(SignInResult.Failure.of(SignInResult.Reason.INVALID_CREDENTIALS).toProblem().kind())
                .isEqualTo(ProblemKind.UNAUTHENTICATED);
        assertThat(SignInResult.Failure.of(SignInResult.Reason.ACCOUNT_DISABLED).toProblem().code())
                .isEqualTo("account_disabled");
        assertThat(SignInResult.Failure.of(SignInResult.Reason.TENANT_SUSPENDED).toProblem().code())
                .isEqualTo("tenant_suspended");
    }

    @Test
    void aLockedAccountSaysInWholeMinutesWhenToTryAgain() {
        AccountLockedException locked = (AccountLockedException) new SignInResult.Failure(
                SignInResult.Reason.LOCKED, Duration.ofSeconds(61)).toProblem();
        assertThat(locked.kind()).isEqualTo(ProblemKind.LOCKED);
        assertThat(locked.args()).containsExactly(2L);
        assertThat(new AccountLockedException(Duration.ofSeconds(5)).args()).containsExactly(1L);
    }
}
