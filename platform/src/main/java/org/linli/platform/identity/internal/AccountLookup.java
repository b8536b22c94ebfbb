package org.linli.platform.identity.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.linli.platform.application.ServiceBoundary;
import org.linli.platform.identity.AccountDetails;
import org.linli.platform.identity.PlatformAccount;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.security.Actor;
import org.linli.platform.tenancy.TenantDirectory;

import java.time.Clock;
import java.util.Optional;

/**
 * Reads accounts for sign-in, before anyone is signed in. Each method is its own transaction: the directory lookup
 * runs without a tenant, a tenant user's account is read bound to that user's tenant (the caller binds it), so that
 * the ordinary tenant scoping and row-level security apply to sign-in as to everything else.
 */
@ApplicationScoped
@Transactional
@ServiceBoundary
public class AccountLookup {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TenantDirectory tenants;

    @PermitAll
    public Optional<LoginName> loginName(String username) {
        return Optional.ofNullable(em.find(LoginName.class, username));
    }

    /** Within the account's tenant: the tenant user with that id. */
    @PermitAll
    public Optional<SignInCandidate> tenantAccount(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id))
                .map(account -> candidate(account.toActor(), account.details()));
    }

    @PermitAll
    public Optional<SignInCandidate> platformAccount(long id) {
        return Optional.ofNullable(em.find(PlatformAccount.class, id))
                .map(account -> candidate(account.toActor(), account.details()));
    }

    /** Within the account's tenant: notes the time of a successful sign-in. */
    @PermitAll
    public void tenantSignedIn(long id) {
        Optional.ofNullable(em.find(UserAccount.class, id)).ifPresent(account -> account.signedIn(clock.instant()));
    }

    @PermitAll
    public void platformSignedIn(long id) {
        Optional.ofNullable(em.find(PlatformAccount.class, id))
                .ifPresent(account -> account.signedIn(clock.instant()));
    }

    /** The tenant's standing is read in the account's transaction, so a request's sign-in costs no extra one. */
    private SignInCandidate candidate(Actor actor, AccountDetails details) {
        boolean tenantActive = actor.tenant() == null || tenants.isActive(actor.tenant());
        return new SignInCandidate(actor, details.status(), details.passwordHash(), tenantActive);
    }
}
