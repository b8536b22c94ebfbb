package org.linli.platform.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    /** How long the username stays locked, or empty when it may try now. */
    public Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        List<Instant> recent = em.createQuery("select f.occurredAt from LoginFailure f where f.username = :username"
                        + " and f.occurredAt > :since order by f.occurredAt desc", Instant.class)
                .setParameter("username", username)
                .setParameter("since", now.minus(window))
                .setMaxResults(attempts)
                .getResultList();
        if (recent.size() < attempts) {
            return Optional.empty();
        }
        Instant unlocksAt = recent.get(attempts - 1).plus(window);
        return Optional.of(Duration.between(now, unlocksAt));
    }

    public void recordFailure(String username) {
        em.persist(new LoginFailure(username, clock.instant()));
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
