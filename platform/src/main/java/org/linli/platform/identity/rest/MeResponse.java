package org.linli.platform.identity.rest;

import org.linli.platform.security.Actor;

import java.util.Set;

/** Who the caller is: their account, role, tenant (null for platform users) and permissions. */
public record MeResponse(long accountId, String username, String displayName, String role, Long tenantId,
                         Set<String> permissions) {

    static MeResponse of(Actor actor) {
        return new MeResponse(actor.accountId(), actor.username(), actor.displayName(),
                actor.role() == null ? null : actor.role().name(),
                actor.tenant() == null ? null : actor.tenant().value(),
                actor.role() == null ? Set.of() : actor.role().permissions());
    }
}
