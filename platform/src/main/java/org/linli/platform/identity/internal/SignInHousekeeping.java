package org.linli.platform.identity.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.linli.platform.jobs.ScheduledJob;
import org.linli.platform.jobs.ScheduledRounds;

import java.time.Duration;

/** Forgets expired API tokens and failed sign-ins that no longer count, every half hour, once in the cluster. */
@Singleton
// The lease is taken outside any transaction; each purge has its own.
@TransactionManagement(TransactionManagementType.BEAN)
public class SignInHousekeeping {

    static final ScheduledJob JOB = ScheduledJob.every("sign-in-housekeeping", Duration.ofMinutes(30),
            Duration.ofMinutes(30));

    @Inject
    ScheduledRounds rounds;

    @Inject
    ApiTokens tokens;

    @Inject
    Lockout lockout;

    @Schedule(hour = "*", minute = "*/30", persistent = false)
    void purge() {
        rounds.platform(JOB, () -> "purged " + tokens.purgeExpired() + " expired tokens and "
                + lockout.purgeExpired() + " old sign-in failures");
    }
}
