package org.linli.platform.security;

import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The role matrix, as Shiro's wildcard permissions evaluate it. */
class RoleTest {

    @Test
    void platformOperatorsManageTenantsUsersAndReadTheWholeTrail() {
        assertThat(grants(Role.PLATFORM_OPERATOR, Permissions.TENANT_MANAGE)).isTrue();
        assertThat(grants(Role.PLATFORM_OPERATOR, Permissions.USER_MANAGE)).isTrue();
        assertThat(grants(Role.PLATFORM_OPERATOR, Permissions.AUDIT_READ_ALL)).isTrue();
    }

    @Test
    void tenantOperatorsManageUsersAndReadTheirTrailButNotTenants() {
        assertThat(grants(Role.TENANT_OPERATOR, Permissions.USER_MANAGE)).isTrue();
        assertThat(grants(Role.TENANT_OPERATOR, Permissions.AUDIT_READ)).isTrue();
        assertThat(grants(Role.TENANT_OPERATOR, Permissions.AUDIT_READ_ALL)).isFalse();
        assertThat(grants(Role.TENANT_OPERATOR, Permissions.TENANT_READ)).isFalse();
        assertThat(grants(Role.TENANT_OPERATOR, Permissions.PLATFORM_USER_MANAGE)).isFalse();
    }

    @Test
    void gridWorkersWorkTheRegistryOfTheirGridsAndAdministerNothing() {
        for (String allowed : new String[] {Permissions.REGISTRY_READ, Permissions.REGISTRY_MANAGE,
                Permissions.REGISTRY_REVEAL, Permissions.GRID_READ, Permissions.FORM_FILL}) {
            assertThat(grants(Role.GRID_WORKER, allowed)).as(allowed).isTrue();
        }
        for (String refused : new String[] {Permissions.USER_READ, Permissions.USER_MANAGE, Permissions.PRIVACY_MANAGE,
                Permissions.STRUCTURE_MANAGE, Permissions.GRID_MANAGE, Permissions.MARKET_READ, Permissions.MODULE_READ,
                Permissions.COMMISSION_READ, Permissions.AUDIT_READ, Permissions.REGISTRY_IMPORT,
                Permissions.REGISTRY_EXPORT, Permissions.FORM_MANAGE, Permissions.ORDER_READ}) {
            assertThat(grants(Role.GRID_WORKER, refused)).as(refused).isFalse();
        }
    }

    @Test
    void residentsProvidersFinanceAndSupervisorsCannotAdministerAnything() {
        for (Role role : new Role[] {Role.RESIDENT, Role.PROVIDER_STAFF, Role.FINANCE, Role.SUPERVISOR}) {
            assertThat(grants(role, Permissions.USER_READ)).as(role.name()).isFalse();
            assertThat(grants(role, Permissions.TENANT_READ)).as(role.name()).isFalse();
            assertThat(grants(role, Permissions.AUDIT_READ)).as(role.name()).isFalse();
        }
    }

    @Test
    void onlySystemJobsWriteTheLedgerWhileFinanceReadsIt() {
        for (Role role : Role.values()) {
            assertThat(grants(role, Permissions.LEDGER_POST)).as(role.name()).isFalse();
        }
        assertThat(grants(Role.FINANCE, Permissions.FINANCE_READ)).isTrue();
        assertThat(grants(Role.FINANCE, Permissions.COMMISSION_MANAGE)).isFalse();
        assertThat(grants(Role.PLATFORM_OPERATOR, Permissions.COMMISSION_MANAGE)).isTrue();
        assertThat(grants(Role.TENANT_OPERATOR, Permissions.COMMISSION_MANAGE)).isFalse();
        assertThat(grants(Role.RESIDENT, Permissions.FINANCE_READ)).isFalse();
        assertThat(grants(Role.PLATFORM_OPERATOR, Permissions.INVOICE_MANAGE)).isTrue();
        assertThat(grants(Role.TENANT_OPERATOR, Permissions.INVOICE_MANAGE)).isFalse();
        assertThat(grants(Role.TENANT_OPERATOR, Permissions.INVOICE_READ)).isTrue();
    }

    @Test
    void placementsSayWhereARoleMayLive() {
        assertThat(Role.PLATFORM_OPERATOR.allowedInTenant()).isFalse();
        assertThat(Role.TENANT_OPERATOR.allowedInPlatform()).isFalse();
        assertThat(Role.FINANCE.allowedInTenant()).isTrue();
        assertThat(Role.FINANCE.allowedInPlatform()).isTrue();
        assertThat(Role.SUPERVISOR.allowedInPlatform()).isTrue();
    }

    private static boolean grants(Role role, String permission) {
        WildcardPermission wanted = new WildcardPermission(permission);
        return role.permissions().stream().map(WildcardPermission::new).anyMatch(p -> p.implies(wanted));
    }
}
