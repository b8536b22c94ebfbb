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
import org.linli.platform.tenancy.Edition;
import org.linli.platform.tenancy.SignedInEditions;
import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantId;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads accounts for sign-in, before anyone is signed in. Each method is its own transaction: the directory lookup
 * runs without a tenant, a tenant user's account is read bound to that user's tenant (the caller binds it), so that
 * the ordinary tenant scoping and row-level security apply to sign-in as to everything else.
 */
@ApplicationScoped
@Transactional
@ServiceBoundary
public class AccountLookup {

    /**
     * A tenant user's token sign-in, with one select-clause subquery per edition subject after the three entities.
     * Each subquery is scoped to the bound tenant like any query of a tenant-owned entity (EclipseLink adds the
     * tenant criteria inside it, and row-level security applies). The subjects are the code's own constants, so they
     * are written into the query rather than bound.
     */
    private static final String TOKEN_SIGN_IN = "select a, t, k" + Edition.SUBJECTS.stream()
            .map(subject -> ", (select e.number from Edition e where e.subject = '" + subject + "')")
            .collect(Collectors.joining())
            + " from UserAccount a, Tenant t, ApiToken k where a.id = :id and t.id = :tenant"
            + " and k.tokenHash = :hash and k.username = a.details.username";

    /** Where in a row of {@link #TOKEN_SIGN_IN} the editions begin: after the account, the tenant and the token. */
    private static final int FIRST_EDITION = 3;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    @PermitAll
    public Optional<LoginName> loginName(String username) {
        return Optional.ofNullable(em.find(LoginName.class, username));
    }

    /** Within the account's tenant: the tenant user with that id, read with its tenant's standing in one query. */
    @PermitAll
    public Optional<SignInCandidate> tenantAccount(long id) {
        TenantId tenant = TenantContext.require();
        return em.createQuery("select a, t from UserAccount a, Tenant t where a.id = :id and t.id = :tenant",
                        Object[].class)
                .setParameter("id", id).setParameter("tenant", tenant.value()).getResultList().stream().findFirst()
                .map(row -> {
                    UserAccount account = (UserAccount) row[0];
                    return candidate(account.toActor(), account.details(), ((Tenant) row[1]).isActive());
                });
    }

    /**
     * Within the account's tenant: the tenant user with that id, if {@code token} is theirs and valid now, read with
     * the token, its tenant's standing and the tenant's editions in one query. Empty when any of them is missing or
     * the token's holder is another account, whatever the reason. The editions come as one select-clause subquery
     * per subject ({@link #TOKEN_SIGN_IN}) rather than as a second query: a round trip fewer on every API request.
     */
    @PermitAll
    public Optional<SignInCandidate> tenantAccountHolding(long id, String token) {
        TenantId tenant = TenantContext.require();
        return em.createQuery(TOKEN_SIGN_IN, Object[].class)
                .setParameter("id", id).setParameter("tenant", tenant.value())
                .setParameter("hash", ApiTokens.hash(token)).getResultList().stream()
                .filter(row -> ((ApiToken) row[2]).isValidAt(clock.instant())).findFirst()
                .map(row -> {
                    UserAccount account = (UserAccount) row[0];
                    return candidate(account.toActor(), account.details(), ((Tenant) row[1]).isActive(),
                            editions(tenant, row));
                });
    }

    /**
     * The editions the sign-in query read after its three entities, one per subject; a subject without a row (a
     * {@code null}) is left out, so it reads as 0.
     */
    private static SignedInEditions editions(TenantId tenant, Object[] row) {
        Map<String, Long> numbers = new HashMap<>();
        for (int i = 0; i < Edition.SUBJECTS.size(); i++) {
            if (row[FIRST_EDITION + i] instanceof Number number) {
                numbers.put(Edition.SUBJECTS.get(i), number.longValue());
            }
        }
        return new SignedInEditions(tenant, numbers);
    }

    /** The platform account with that id, if {@code token} is theirs and valid now, read with the token at once. */
    @PermitAll
    public Optional<SignInCandidate> platformAccountHolding(long id, String token) {
        return em.createQuery("select a, k from PlatformAccount a, ApiToken k where a.id = :id"
                        + " and k.tokenHash = :hash and k.username = a.details.username", Object[].class)
                .setParameter("id", id).setParameter("hash", ApiTokens.hash(token)).getResultList().stream()
                .filter(row -> ((ApiToken) row[1]).isValidAt(clock.instant())).findFirst()
                .map(row -> {
                    PlatformAccount account = (PlatformAccount) row[0];
                    return candidate(account.toActor(), account.details(), true);
                });
    }

    @PermitAll
    public Optional<SignInCandidate> platformAccount(long id) {
        return Optional.ofNullable(em.find(PlatformAccount.class, id))
                .map(account -> candidate(account.toActor(), account.details(), true));
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

    private static SignInCandidate candidate(Actor actor, AccountDetails details, boolean tenantActive) {
        return candidate(actor, details, tenantActive, null);
    }

    private static SignInCandidate candidate(Actor actor, AccountDetails details, boolean tenantActive,
                                             SignedInEditions editions) {
        return new SignInCandidate(actor, details.status(), details.passwordHash(), tenantActive, editions);
    }
}
