package org.linli.platform.security;

import org.apache.shiro.authz.permission.WildcardPermission;
import org.linli.platform.problem.DomainException;

import java.util.Set;
import java.util.function.Predicate;

/**
 * No one grants more than they hold: giving a user a role — creating them, changing their role, resetting their
 * password — is allowed only to a caller who holds every permission of that role. Left out of the comparison are
 * the self-service permissions, which let the holder act on their own account, orders or provider only (a tenant
 * operator registers residents and provider staff without ever shopping or working for a provider). The platform
 * operators, who onboard tenants and their first staff, hold {@link Permissions#ROLE_GRANT_ANY}.
 *
 * <p>Passwords are the way into an account, so resetting one needs more: a tenant's user never resets the password
 * of someone who may manage users themselves (another operator); only the platform can.
 */
public final class RoleGrants {

    /** Permissions that only ever reach the holder's own things, checked as such by the services that require them. */
    static final Set<String> SELF_SERVICE = Set.of("storefront:*", "self:*", Permissions.ORDER_PLACE,
            Permissions.PROVIDER_WORK, Permissions.VOLUNTEER_JOIN, Permissions.TIMEBANK_USE, Permissions.POINTS_USE,
            Permissions.FLEA_TRADE, Permissions.ADS_BOOK, Permissions.CASE_REPORT, Permissions.CASE_WORK,
            Permissions.NOTICE_READ, Permissions.PROPOSAL_TAKE_PART, Permissions.INBOX_READ,
            Permissions.DEVICE_ACKNOWLEDGE);

    private RoleGrants() {
    }

    /** Whether the current caller may give {@code role} to someone. */
    public static boolean mayGrant(Role role) {
        return mayGrant(CurrentUser::isPermitted, role);
    }

    /** Whether a caller holding what {@code holds} accepts may give {@code role} to someone. */
    static boolean mayGrant(Predicate<String> holds, Role role) {
        if (role == null || holds.test(Permissions.ROLE_GRANT_ANY)) {
            return true;
        }
        return role.permissions().stream().filter(permission -> !SELF_SERVICE.contains(permission)).allMatch(holds);
    }

    /** Whether a caller holding what {@code holds} accepts may set the password of an account holding {@code role}. */
    static boolean mayResetPassword(Predicate<String> holds, Role role) {
        return mayGrant(holds, role)
                && (holds.test(Permissions.ROLE_GRANT_ANY) || !holds(role, Permissions.USER_MANAGE));
    }

    /** Refuses ({@code 403 forbidden}) unless the caller may give {@code role}. */
    public static void requireGrantable(Role role) {
        if (!mayGrant(role)) {
            throw DomainException.forbidden("forbidden");
        }
    }

    /** Refuses ({@code 403 forbidden}) unless the caller may set the password of an account holding {@code role}. */
    public static void requirePasswordResettable(Role role) {
        if (!mayResetPassword(CurrentUser::isPermitted, role)) {
            throw DomainException.forbidden("forbidden");
        }
    }

    /** Whether {@code role}'s (wildcard) permissions imply {@code permission}. */
    public static boolean holds(Role role, String permission) {
        WildcardPermission wanted = new WildcardPermission(permission);
        return role != null && role.permissions().stream()
                .anyMatch(granted -> new WildcardPermission(granted).implies(wanted));
    }
}
