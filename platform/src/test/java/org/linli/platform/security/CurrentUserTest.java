package org.linli.platform.security;

import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.support.DelegatingSubject;
import org.apache.shiro.util.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.platform.tenancy.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** Who counts as the caller: only a subject that signed in on this session or request. */
class CurrentUserTest {

    private final Actor ops = Actor.user(7, "ops-a", "运营", Role.TENANT_OPERATOR, TenantId.of(1));

    @AfterEach
    void unbind() {
        ThreadContext.unbindSubject();
    }

    @Test
    void anAuthenticatedSubjectIsTheActor() {
        bind(true);
        assertThat(CurrentUser.actor()).contains(ops);
    }

    @Test
    void aRememberedButUnauthenticatedIdentityIsNobody() {
        Subject remembered = bind(false);
        assertThat(remembered.isRemembered()).isTrue();
        assertThat(CurrentUser.actor()).isEmpty();
    }

    private Subject bind(boolean authenticated) {
        Subject subject = new DelegatingSubject(new SimplePrincipalCollection(ops, CallerContext.REALM),
                authenticated, "127.0.0.1", null, new DefaultSecurityManager());
        ThreadContext.bind(subject);
        return subject;
    }
}
