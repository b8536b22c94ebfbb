package org.linli.platform.identity.internal;

import org.linli.platform.identity.AccountStatus;
import org.linli.platform.security.Actor;
import org.linli.platform.tenancy.SignedInEditions;

/**
 * An account found by username, with what sign-in needs to decide, read in one transaction: {@code tenantActive} is
 * false when the account's tenant is suspended. A token's sign-in into a tenant also reads that tenant's
 * {@code editions}; other sign-ins read none ({@code null}). Never leaves the identity feature.
 */
public record SignInCandidate(Actor actor, AccountStatus status, String passwordHash, boolean tenantActive,
                              SignedInEditions editions) {
}
