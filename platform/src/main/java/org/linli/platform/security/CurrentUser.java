package org.linli.platform.security;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;

import java.util.Optional;

/** The actor of the running call, read from the security subject bound to this thread. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /**
     * The signed-in actor. Only an authenticated subject counts: a remembered identity (Shiro's remember-me, which
     * Linli leaves off) never acts.
     */
    public static Optional<Actor> actor() {
        return subject().filter(Subject::isAuthenticated)
                .map(Subject::getPrincipal)
                .filter(Actor.class::isInstance)
                .map(Actor.class::cast);
    }

    /**
     * What else the signed-in subject holds of {@code type} beside its actor: what its sign-in read for this call
     * alone (a token's sign-in, for instance, holds its tenant's editions).
     */
    public static <T> Optional<T> principal(Class<T> type) {
        return subject().filter(Subject::isAuthenticated)
                .map(subject -> subject.getPrincipals().oneByType(type));
    }

    /** The actor, or an {@code unauthenticated} problem when nobody is signed in. */
    public static Actor require() {
        return actor().orElseThrow(() -> new DomainException(ProblemKind.UNAUTHENTICATED, "unauthenticated"));
    }

    /** Who to name in a record of who did something: the signed-in actor's username, or {@code anonymous}. */
    public static String username() {
        return actor().map(Actor::username).orElse("anonymous");
    }

    public static boolean isPermitted(String permission) {
        return subject().filter(s -> s.getPrincipal() instanceof Actor).map(s -> s.isPermitted(permission)).orElse(false);
    }

    static Optional<Subject> subject() {
        try {
            return Optional.of(SecurityUtils.getSubject());
        } catch (UnavailableSecurityManagerException e) {
            return Optional.empty();
        }
    }
}
