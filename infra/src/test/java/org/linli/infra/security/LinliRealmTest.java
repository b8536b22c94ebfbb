package org.linli.infra.security;

import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.junit.jupiter.api.Test;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.SignedInEditions;
import org.linli.platform.tenancy.TenantId;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the realm lets an actor do: exactly their role's permissions, or everything for a system job. */
class LinliRealmTest {

    private final LinliRealm realm = new LinliRealm();

    private static PrincipalCollection signedIn(Actor actor) {
        return new SimplePrincipalCollection(actor, CallerContext.REALM);
    }

    private static Actor holding(Role role) {
        return Actor.user(7, "someone", "Someone", role, role.allowedInTenant() ? TenantId.of(1) : null);
    }

    @Test
    void everyRoleHoldsEachOfItsPermissionsAndItsRole() {
        for (Role role : Role.values()) {
            PrincipalCollection principals = signedIn(holding(role));
            assertThat(realm.hasRole(principals, role.name())).as(role.name()).isTrue();
            assertThat(role.permissions()).as(role.name())
                    .allMatch(permission -> realm.isPermitted(principals, permission));
        }
    }

    @Test
    void aRoleHoldsNothingBeyondItsPermissions() {
        PrincipalCollection resident = signedIn(holding(Role.RESIDENT));
        assertThat(realm.isPermitted(resident, Permissions.ORDER_PLACE)).isTrue();
        assertThat(realm.isPermitted(resident, Permissions.FINANCE_READ)).isFalse();
        assertThat(realm.isPermitted(resident, Permissions.USER_MANAGE)).isFalse();
        assertThat(realm.hasRole(resident, Role.FINANCE.name())).isFalse();
    }

    @Test
    void aWildcardPermissionCoversItsParts() {
        // FINANCE holds "finance:*"
        assertThat(realm.isPermitted(signedIn(holding(Role.FINANCE)), Permissions.FINANCE_READ)).isTrue();
    }

    @Test
    void aSystemJobMayDoAnything() {
        PrincipalCollection job = signedIn(Actor.system("nightly"));
        assertThat(realm.isPermitted(job, Permissions.USER_MANAGE)).isTrue();
        assertThat(realm.isPermitted(job, Permissions.FINANCE_READ)).isTrue();
    }

    @Test
    void whatATokensSignInReadBesideTheActorGrantsNothing() {
        PrincipalCollection token = new SimplePrincipalCollection(List.of(holding(Role.RESIDENT),
                new SignedInEditions(TenantId.of(1), Map.of())), CallerContext.REALM);
        assertThat(realm.isPermitted(token, Permissions.ORDER_PLACE)).isTrue();
        assertThat(realm.isPermitted(token, Permissions.FINANCE_READ)).isFalse();
    }

    @Test
    void withoutAnActorNothingIsPermitted() {
        assertThat(realm.isPermitted(new SimplePrincipalCollection("stranger", CallerContext.REALM),
                Permissions.ORDER_READ)).isFalse();
    }
}
