package org.linli.platform.identity.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Forgets expired API tokens and failed sign-ins that no longer count, every half hour. */
@Singleton
public class SignInHousekeeping {

    private static final Logger LOG = Logger.getLogger(SignInHousekeeping.class.getName());

    @Inject
    ApiTokens tokens;

    @Inject
    Lockout lockout;

    @Schedule(hour = "*", minute = "*/30", persistent = false)
    void purge() {
        int purgedTokens = tokens.purgeExpired();
        int purgedFailures = lockout.purgeExpired();
        LOG.fine(() -> "Purged " + purgedTokens + " expired tokens and " + purgedFailures + " old sign-in failures");
    }
}
