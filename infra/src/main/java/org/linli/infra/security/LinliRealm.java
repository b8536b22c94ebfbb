package org.linli.infra.security;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.linli.platform.identity.SignIn;
import org.linli.platform.identity.SignInRefusedException;
import org.linli.platform.identity.SignInResult;
import org.linli.platform.identity.TokenSignIn;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Role;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shiro's view of Linli accounts. Passwords and tokens are verified by {@link SignIn} (lock-out, argon2id, account
 * and tenant status, audit); this realm only adapts the outcome. Permissions come from the actor's role, so they
 * need no database read per check.
 */
public class LinliRealm extends AuthorizingRealm {

    private volatile SignIn signIn;

    /**
     * Each role's permissions, parsed once: a role's permissions are fixed in code, and Shiro would otherwise parse
     * every one of them again at every check (several per request).
     */
    private final Map<Role, Set<Permission>> rolePermissions = new EnumMap<>(Role.class);
    private final Set<Permission> allPermissions;

    public LinliRealm() {
        setName(CallerContext.REALM);
        // SignIn has verified the credentials already; Shiro must not compare them again.
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthenticationCachingEnabled(false);
        setAuthorizationCachingEnabled(false);
        for (Role role : Role.values()) {
            rolePermissions.put(role, role.permissions().stream().map(getPermissionResolver()::resolvePermission)
                    .collect(Collectors.toUnmodifiableSet()));
        }
        allPermissions = Set.of(getPermissionResolver().resolvePermission("*"));
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken || token instanceof BearerToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        if (token instanceof BearerToken bearer) {
            TokenSignIn signedIn = signIn().withToken(bearer.getToken()).orElseThrow(() ->
                    new SignInRefusedException(new DomainException(ProblemKind.UNAUTHENTICATED, "invalid_token")));
            // The editions ride with the request's subject, which a sessionless API call drops when it ends.
            return new SimpleAuthenticationInfo(new SimplePrincipalCollection(signedIn.principals(), getName()),
                    token.getCredentials());
        }
        UsernamePasswordToken password = (UsernamePasswordToken) token;
        SignInResult result;
        try {
            result = signIn().withPassword(password.getUsername(), password.getPassword());
        } catch (DomainException busy) {
            // too_many_requests: shown on the login page like any other refusal
            throw new SignInRefusedException(busy);
        }
        if (result instanceof SignInResult.Failure failure) {
            throw new SignInRefusedException(failure.toProblem());
        }
        Actor actor = ((SignInResult.Success) result).actor();
        return new SimpleAuthenticationInfo(actor, token.getCredentials(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        Actor actor = principals.oneByType(Actor.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (actor == null) {
            return info;
        }
        if (actor.system()) {
            info.setObjectPermissions(allPermissions);
            return info;
        }
        info.setRoles(Set.of(actor.role().name()));
        info.setObjectPermissions(rolePermissions.get(actor.role()));
        return info;
    }

    /** Shiro makes the realm, not CDI; the bean's proxy is looked up once (CDI.current() walks the stack). */
    private SignIn signIn() {
        SignIn current = signIn;
        if (current == null) {
            current = CDI.current().select(SignIn.class).get();
            signIn = current;
        }
        return current;
    }
}
