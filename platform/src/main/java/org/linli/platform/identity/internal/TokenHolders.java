package org.linli.platform.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.linli.platform.application.RecentlyUsed;

import java.util.Optional;

/**
 * Which account each recently used API token names, remembered by this node, so that a request signed with a token
 * reads the token, the account and its tenant's standing in one transaction bound to that tenant instead of first
 * asking the directory in another. Only what never changes for a token is remembered (its holder's username, account
 * and tenant); whether the token is still valid and its holder may still act is read from the database on every
 * request. Tokens are known by their hash, never kept themselves. The least recently used go first.
 */
@ApplicationScoped
public class TokenHolders {

    private static final int CAPACITY = 10_000;

    private final RecentlyUsed<String, LoginName> holders = new RecentlyUsed<>(CAPACITY);

    /** The holder remembered for {@code token}; empty for one never seen, forgotten or not a token at all. */
    public Optional<LoginName> of(String token) {
        if (!ApiTokens.recognisable(token)) {
            return Optional.empty();
        }
        return holders.get(ApiTokens.hash(token));
    }

    public void remember(String token, LoginName holder) {
        holders.put(ApiTokens.hash(token), holder);
    }

    public void forget(String token) {
        if (!ApiTokens.recognisable(token)) {
            return;
        }
        holders.remove(ApiTokens.hash(token));
    }
}
