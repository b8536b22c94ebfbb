package org.linli.platform.identity.internal;

import org.linli.platform.identity.AccountStatus;
import org.linli.platform.security.Actor;

import java.util.Map;

/**
 * An account found by username, with what sign-in needs to decide, read in one transaction: {@code tenantActive} is
 * false when the account's tenant is suspended. A token's sign-in also reads its tenant's {@code editions} by subject
 * ({@link org.linli.platform.tenancy.SignedInEditions}); other sign-ins read none. Never leaves the identity feature.
 */
public record SignInCandidate(Actor actor, AccountStatus status, String passwordHash, boolean tenantActive,
                              Map<String, Long> editions) {

    public SignInCandidate {
        editions = Map.copyOf(editions);
    }
}
