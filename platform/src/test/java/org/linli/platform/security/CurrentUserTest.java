package org.linli.platform.security;

import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.support.DelegatingSubject;
import org.apache.shiro.util.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.platform.tenancy.Edition;
import org.linli.platform.tenancy.SignedInEditions;
import org.linli.platform.tenancy.TenantId;

import java.util.List;
import java.util.Map;

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

    @Test
    void whatATokensSignInReadRidesBesideTheActor() {
        SignedInEditions editions = new SignedInEditions(TenantId.of(1), Map.of(Edition.CATALOGUE, 3L));
        bind(true, ops, editions);

        assertThat(CurrentUser.actor()).contains(ops);
        assertThat(CurrentUser.principal(SignedInEditions.class)).contains(editions);
    }

    @Test
    void aSignInThatReadNothingHoldsNothingBesideTheActor() {
        bind(true);
        assertThat(CurrentUser.principal(SignedInEditions.class)).isEmpty();
    }

    @Test
    void aRememberedIdentityHoldsNothingThatCounts() {
        bind(false, ops, new SignedInEditions(TenantId.of(1), Map.of()));
        assertThat(CurrentUser.principal(SignedInEditions.class)).isEmpty();
    }

    private Subject bind(boolean authenticated) {
        return bind(authenticated, ops);
    }

    private Subject bind(boolean authenticated, Object... principals) {
        Subject subject = new DelegatingSubject(new SimplePrincipalCollection(List.of(principals), CallerContext.REALM),
                authenticated, "127.0.0.1", null, new DefaultSecurityManager());
        ThreadContext.bind(subject);
        return subject;
    }
}
