package org.linli.platform.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Locks a username after {@code attempts} failed sign-ins within a sliding {@code window}: further attempts are
 * refused, without checking the password, until the oldest counted failure leaves the window. A successful sign-in
 * clears the count. Failures of unknown usernames count too, so the lock-out does not reveal which names exist.
 *
 * <p>Parallel guesses must not slip past the limit: each attempt {@linkplain #claim claims} its failure before the
 * password is checked, in one transaction that first locks the account's directory row ({@code SELECT ... FOR
 * UPDATE} on {@code login_name}), so claims for one account are counted one after the other and at most
 * {@code attempts} of them are ever granted within the window. A right password then clears the claims; a refusal
 * that was not the password's fault gives its claim back.
 */
@ApplicationScoped
@Transactional
public class Lockout {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "linli.auth.lockout.attempts", defaultValue = "5")
    int attempts;

    @Inject
    @ConfigProperty(name = "linli.auth.lockout.window", defaultValue = "PT15M")
    Duration window;

    /**
     * One sign-in attempt's place in the count: either refused because the username is locked ({@code lockedFor}),
     * or granted with its failure already counted ({@code failureId}); {@code locksOnFailure} when it holds the last
     * place, so that its failure is the one that locks the account.
     */
    public record Claim(Long failureId, boolean locksOnFailure, Duration lockedFor) {

        public boolean refused() {
            return lockedFor != null;
        }
    }

    /**
     * Counts an attempt for {@code username} before its password is checked. Serialised per account by the lock on
     * its directory row; an unknown username has no row to lock, and a parallel burst may count more failures for
     * it than the limit, which opens nothing.
     */
    public Claim claim(String username) {
        em.find(LoginName.class, username, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        List<Instant> recent = recent(username, now);
        if (recent.size() >= attempts) {
            return new Claim(null, false, until(recent, now));
        }
        LoginFailure failure = new LoginFailure(username, now);
        em.persist(failure);
        em.flush();
        return new Claim(failure.id(), recent.size() + 1 >= attempts, null);
    }

    /** Gives back a granted claim whose attempt was refused for another reason than a wrong password. */
    public void release(Claim claim) {
        if (claim.failureId() != null) {
            em.createQuery("delete from LoginFailure f where f.id = :id").setParameter("id", claim.failureId())
                    .executeUpdate();
        }
    }

    /** How long the username stays locked, or empty when it may try now. */
    public Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        List<Instant> recent = recent(username, now);
        return recent.size() < attempts ? Optional.empty() : Optional.of(until(recent, now));
    }

    /** The newest {@code attempts} failures within the window, newest first. */
    private List<Instant> recent(String username, Instant now) {
        return em.createQuery("select f.occurredAt from LoginFailure f where f.username = :username"
                        + " and f.occurredAt > :since order by f.occurredAt desc", Instant.class)
                .setParameter("username", username)
                .setParameter("since", now.minus(window))
                .setMaxResults(attempts)
                .getResultList();
    }

    private Duration until(List<Instant> recent, Instant now) {
        return Duration.between(now, recent.get(attempts - 1).plus(window));
    }

    public void clear(String username) {
        em.createQuery("delete from LoginFailure f where f.username = :username")
                .setParameter("username", username).executeUpdate();
    }

    /** Forgets failures that no longer count. */
    public int purgeExpired() {
        return em.createQuery("delete from LoginFailure f where f.occurredAt < :since")
                .setParameter("since", clock.instant().minus(window)).executeUpdate();
    }
}
