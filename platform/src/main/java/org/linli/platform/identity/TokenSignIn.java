package org.linli.platform.identity;

import org.linli.platform.security.Actor;
import org.linli.platform.tenancy.SignedInEditions;

import java.util.List;
import java.util.Objects;

/**
 * Who a valid token signed in, and the tenant's editions when its sign-in read them ({@code null} when it did not:
 * a platform account, a token this node did not know yet).
 */
public record TokenSignIn(Actor actor, SignedInEditions editions) {

    public TokenSignIn {
        Objects.requireNonNull(actor, "actor");
    }

    /** What the request's security subject holds: the actor first, as the primary principal, then the editions. */
    public List<Object> principals() {
        return editions == null ? List.of(actor) : List.of(actor, editions);
    }
}
