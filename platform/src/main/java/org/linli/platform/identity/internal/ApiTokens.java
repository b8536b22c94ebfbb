package org.linli.platform.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.platform.identity.IssuedToken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues, resolves and revokes API bearer tokens. A token is 256 random bits with a recognisable prefix (so that
 * secret scanners can spot a leaked one); only its SHA-256 hash is stored.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    static final String PREFIX = "llt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "linli.auth.token-lifetime", defaultValue = "PT8H")
    Duration lifetime;

    public IssuedToken issue(String username) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken stored = new ApiToken(hash(token), username, now, now.plus(lifetime));
        em.persist(stored);
        return new IssuedToken(token, stored.expiresAt());
    }

    /**
     * The login entry of a valid (unexpired, unrevoked) token's holder, read with the token in one query: every
     * request signed with a token asks this, then reads the account in its tenant.
     */
    public Optional<LoginName> holderOf(String token) {
        if (!recognisable(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createQuery("select t, n from ApiToken t, LoginName n where t.tokenHash = :hash"
                        + " and n.username = t.username", Object[].class)
                .setParameter("hash", hash(token)).getResultList().stream()
                .filter(row -> ((ApiToken) row[0]).isValidAt(now)).map(row -> (LoginName) row[1]).findFirst();
    }

    /** Revokes the token; true if it was valid until now. */
    public boolean revoke(String token) {
        Optional<ApiToken> found = find(token).filter(t -> t.isValidAt(clock.instant()));
        found.ifPresent(t -> t.revoke(clock.instant()));
        return found.isPresent();
    }

    /** Revokes every token of a username, e.g. when the account is disabled. */
    public void revokeAll(String username) {
        em.createQuery("update ApiToken t set t.revokedAt = :now where t.username = :username and t.revokedAt is null")
                .setParameter("now", clock.instant()).setParameter("username", username).executeUpdate();
    }

    /** Forgets tokens that expired more than a day ago. */
    public int purgeExpired() {
        return em.createQuery("delete from ApiToken t where t.expiresAt < :before")
                .setParameter("before", clock.instant().minus(Duration.ofDays(1))).executeUpdate();
    }

    private Optional<ApiToken> find(String token) {
        if (!recognisable(token)) {
            return Optional.empty();
        }
        List<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash(token)).getResultList();
        return found.stream().findFirst();
    }

    static boolean recognisable(String token) {
        return token != null && token.startsWith(PREFIX);
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
