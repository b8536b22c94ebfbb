package org.linli.platform.security;

import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may give which role: no one grants more than they hold, and only the platform resets an operator's password. */
class RoleGrantsTest {

    @Test
    void aGridWorkerGivesNoRoleThatCanManageUsersOrTheWholeTenant() {
        assertThat(RoleGrants.mayGrant(holder(Role.GRID_WORKER), Role.TENANT_OPERATOR)).isFalse();
        assertThat(RoleGrants.mayGrant(holder(Role.GRID_WORKER), Role.FINANCE)).isFalse();
        assertThat(RoleGrants.mayGrant(holder(Role.GRID_WORKER), Role.GRID_WORKER)).isTrue();
    }

    @Test
    void aTenantOperatorRegistersColleaguesResidentsAndProviderStaffButNoFinanceOrSupervisor() {
        Predicate<String> operator = holder(Role.TENANT_OPERATOR);
        assertThat(RoleGrants.mayGrant(operator, Role.TENANT_OPERATOR)).isTrue();
        assertThat(RoleGrants.mayGrant(operator, Role.GRID_WORKER)).isTrue();
        assertThat(RoleGrants.mayGrant(operator, Role.RESIDENT)).isTrue();
        assertThat(RoleGrants.mayGrant(operator, Role.PROVIDER_STAFF)).isTrue();
        assertThat(RoleGrants.mayGrant(operator, Role.FINANCE)).isFalse();
        assertThat(RoleGrants.mayGrant(operator, Role.SUPERVISOR)).isFalse();
    }

    @Test
    void platformOperatorsOnboardAnyRole() {
        for (Role role : Role.values()) {
            assertThat(RoleGrants.mayGrant(holder(Role.PLATFORM_OPERATOR), role)).as(role.name()).isTrue();
        }
    }

    @Test
    void financeAndResidentsGiveNothingAnOperatorHolds() {
        assertThat(RoleGrants.mayGrant(holder(Role.FINANCE), Role.TENANT_OPERATOR)).isFalse();
        assertThat(RoleGrants.mayGrant(holder(Role.RESIDENT), Role.PROVIDER_STAFF)).isFalse();
        assertThat(RoleGrants.mayGrant(holder(Role.RESIDENT), Role.GRID_WORKER)).isFalse();
    }

    @Test
    void onlyThePlatformResetsThePasswordOfSomeoneWhoManagesUsers() {
        assertThat(RoleGrants.mayResetPassword(holder(Role.TENANT_OPERATOR), Role.TENANT_OPERATOR)).isFalse();
        assertThat(RoleGrants.mayResetPassword(holder(Role.TENANT_OPERATOR), Role.GRID_WORKER)).isTrue();
        assertThat(RoleGrants.mayResetPassword(holder(Role.TENANT_OPERATOR), Role.RESIDENT)).isTrue();
        assertThat(RoleGrants.mayResetPassword(holder(Role.TENANT_OPERATOR), Role.FINANCE)).isFalse();
        assertThat(RoleGrants.mayResetPassword(holder(Role.PLATFORM_OPERATOR), Role.TENANT_OPERATOR)).isTrue();
    }

    @Test
    void aRoleHoldsWhatItsWildcardsImply() {
        assertThat(RoleGrants.holds(Role.TENANT_OPERATOR, Permissions.USER_MANAGE)).isTrue();
        assertThat(RoleGrants.holds(Role.GRID_WORKER, Permissions.USER_MANAGE)).isFalse();
        assertThat(RoleGrants.holds(Role.GRID_WORKER, Permissions.STRUCTURE_MANAGE)).isFalse();
    }

    private static Predicate<String> holder(Role role) {
        return permission -> RoleGrants.holds(role, permission);
    }
}
