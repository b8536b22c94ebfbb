package org.linli.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.PublicEntry;
import org.linli.platform.audit.AuditTrail;
import org.linli.platform.audit.Outcome;
import org.linli.platform.identity.internal.AccountLookup;
import org.linli.platform.identity.internal.ApiTokens;
import org.linli.platform.identity.internal.Lockout;
import org.linli.platform.identity.internal.LoginName;
import org.linli.platform.identity.internal.PasswordHasher;
import org.linli.platform.identity.internal.SignInCandidate;
import org.linli.platform.identity.internal.TokenHolders;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.tenancy.SignedInEditions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantId;

import java.util.Locale;
import java.util.Optional;

/**
 * Signs people in with a password or an API token, and re-checks signed-in actors.
 *
 * <p>Order matters: a locked username is refused before its password is looked at; an unknown username costs the
 * same hashing time as a known one; whether an account is disabled or its tenant suspended is told only after the
 * password proved right. Every attempt is audited. The steps run in separate short transactions, and the password
 * hash is verified outside any, so no database connection waits on the deliberately slow hash.
 */
@ApplicationScoped
@PublicEntry
public class SignIn {

    @Inject
    AccountLookup accounts;

    @Inject
    Lockout lockout;

    @Inject
    PasswordHasher hasher;

    @Inject
    ApiTokens tokens;

    @Inject
    TokenHolders holders;

    @Inject
    AuditTrail audit;

    public SignInResult withPassword(String username, char[] password) {
        String name = normalise(username);
        if (name.isEmpty() || password == null || password.length == 0) {
            return SignInResult.Failure.of(SignInResult.Reason.INVALID_CREDENTIALS);
        }
        Optional<LoginName> entry = accounts.loginName(name);
        Lockout.Claim claim = lockout.claim(name);
        if (claim.refused()) {
            audit.appendFor(name, null, entry.map(LoginName::tenant).orElse(null), "auth.sign-in", Outcome.DENIED,
                    "account_locked");
            return new SignInResult.Failure(SignInResult.Reason.LOCKED, claim.lockedFor());
        }
        Optional<SignInCandidate> candidate = entry.flatMap(this::candidate);
        Actor actor = candidate.map(SignInCandidate::actor).orElse(null);
        boolean matches;
        try {
            if (candidate.isEmpty()) {
                hasher.verifyDecoy(password);
                matches = false;
            } else {
                matches = hasher.matches(password, candidate.get().passwordHash());
            }
        } catch (DomainException busy) {
            // Too many hashes at once: the password was never looked at, so the attempt does not count.
            lockout.release(claim);
            audit.appendFor(name, actor == null ? null : actor.role().name(), actor == null ? null : actor.tenant(),
                    "auth.sign-in", Outcome.DENIED, busy.code());
            throw busy;
        }
        if (!matches) {
            return failed(name, actor, claim);
        }
        Optional<SignInResult.Reason> refusal = refusal(candidate.get());
        if (refusal.isPresent()) {
            lockout.release(claim);
            audit.appendFor(name, actor.role().name(), actor.tenant(), "auth.sign-in", Outcome.DENIED,
                    refusal.get().name().toLowerCase(Locale.ROOT));
            return SignInResult.Failure.of(refusal.get());
        }
        lockout.clear(name);
        markSignedIn(entry.get());
        audit.appendFor(name, actor.role().name(), actor.tenant(), "auth.sign-in", Outcome.SUCCESS, null);
        return new SignInResult.Success(actor);
    }

    /** Issues an API token for an actor that has just signed in. */
    public IssuedToken issueToken(Actor actor) {
        IssuedToken issued = tokens.issue(actor.username());
        audit.appendFor(actor.username(), actor.role().name(), actor.tenant(), "auth.token-issue", Outcome.SUCCESS,
                null);
        return issued;
    }

    /**
     * The actor behind a valid token, if the account may still act. A token this node has seen before is checked in
     * one transaction: the token, its holder's account and the tenant's standing together ({@link TokenHolders}).
     * When that finds nothing, the token is looked up afresh, so what the node remembered never decides a refusal.
     * The one transaction also reads the tenant's editions ({@link SignedInEditions}).
     */
    public Optional<TokenSignIn> withToken(String token) {
        Optional<LoginName> known = holders.of(token);
        if (known.isPresent()) {
            Optional<SignInCandidate> allowed = holding(known.get(), token)
                    .filter(candidate -> refusal(candidate).isEmpty());
            if (allowed.isPresent()) {
                return Optional.of(new TokenSignIn(allowed.get().actor(), allowed.get().editions()));
            }
            holders.forget(token);
        }
        Optional<LoginName> holder = tokens.holderOf(token);
        Optional<Actor> actor = allowed(holder);
        actor.ifPresent(allowed -> holders.remember(token, holder.get()));
        return actor.map(allowed -> new TokenSignIn(allowed, null));
    }

    /** Revokes a token (sign-out of an API client); true when it was valid. */
    public boolean revokeToken(Actor actor, String token) {
        boolean revoked = tokens.revoke(token);
        if (revoked) {
            audit.appendFor(actor.username(), actor.role() == null ? null : actor.role().name(), actor.tenant(),
                    "auth.token-revoke", Outcome.SUCCESS, null);
        }
        return revoked;
    }

    /** Records a sign-out of a browser session. */
    public void signedOut(Actor actor) {
        audit.appendFor(actor.username(), actor.role() == null ? null : actor.role().name(), actor.tenant(),
                "auth.sign-out", Outcome.SUCCESS, null);
    }

    /**
     * The current state of a signed-in actor: empty once the account was disabled or deleted or its tenant
     * suspended, so that existing sessions and tokens stop working at once.
     */
    public Optional<Actor> stillAllowed(String username) {
        return allowed(accounts.loginName(normalise(username)));
    }

    private Optional<Actor> allowed(Optional<LoginName> entry) {
        return entry.flatMap(this::candidate).filter(candidate -> refusal(candidate).isEmpty())
                .map(SignInCandidate::actor);
    }

    /** The claimed failure stays counted; the one that took the last place locks the account, audited once. */
    private SignInResult failed(String name, Actor actor, Lockout.Claim claim) {
        String role = actor == null ? null : actor.role().name();
        TenantId tenant = actor == null ? null : actor.tenant();
        audit.appendFor(name, role, tenant, "auth.sign-in", Outcome.DENIED, "invalid_credentials");
        if (claim.locksOnFailure()) {
            audit.appendFor(name, role, tenant, "auth.lock", Outcome.SUCCESS, "account_locked");
        }
        return SignInResult.Failure.of(SignInResult.Reason.INVALID_CREDENTIALS);
    }

    private Optional<SignInResult.Reason> refusal(SignInCandidate candidate) {
        if (candidate.status() != AccountStatus.ENABLED) {
            return Optional.of(SignInResult.Reason.ACCOUNT_DISABLED);
        }
        if (!candidate.tenantActive()) {
            return Optional.of(SignInResult.Reason.TENANT_SUSPENDED);
        }
        return Optional.empty();
    }

    private Optional<SignInCandidate> holding(LoginName entry, String token) {
        if (entry.tenant() == null) {
            return accounts.platformAccountHolding(entry.accountId(), token);
        }
        return TenantContext.callAs(entry.tenant(), () -> accounts.tenantAccountHolding(entry.accountId(), token));
    }

    private Optional<SignInCandidate> candidate(LoginName entry) {
        if (entry.tenant() == null) {
            return accounts.platformAccount(entry.accountId());
        }
        return TenantContext.callAs(entry.tenant(), () -> accounts.tenantAccount(entry.accountId()));
    }

    private void markSignedIn(LoginName entry) {
        if (entry.tenant() == null) {
            accounts.platformSignedIn(entry.accountId());
        } else {
            TenantContext.runAs(entry.tenant(), () -> accounts.tenantSignedIn(entry.accountId()));
        }
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

}
