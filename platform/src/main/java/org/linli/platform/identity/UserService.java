package org.linli.platform.identity;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.AuditTrail;
import org.linli.platform.audit.Audited;
import org.linli.platform.audit.Outcome;
import org.linli.platform.identity.internal.ApiTokens;
import org.linli.platform.identity.internal.LoginName;
import org.linli.platform.identity.internal.PasswordHasher;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.RoleGrants;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantId;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Operators manage the user accounts of the tenant they act for. Every query here goes through the tenant scoping,
 * so another tenant's user is simply not found. Operators cannot disable, delete or re-role themselves, so a tenant
 * cannot lock its last operator out by accident; and no one gives a role they do not hold themselves (see
 * {@link RoleGrants}).
 */
@ApplicationService
public class UserService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    PasswordHasher hasher;

    @Inject
    ApiTokens tokens;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Query
    @RequiresPermission(Permissions.USER_READ)
    public Page<UserAccount> list(UserFilter filter, PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, UserAccount.class, "u")
                .filter("(lower(u.details.username) like :text or lower(u.details.displayName) like :text)", "text",
                        PagedQuery.contains(filter.text()))
                .filter("u.details.role = :role", "role", filter.role())
                .filter("u.details.status = :status", "status", filter.status())
                .page("u.details.username", page);
    }

    @Query
    @RequiresPermission(Permissions.USER_READ)
    public UserAccount get(UserId id) {
        return find(id);
    }

    @Audited("user.create")
    @RequiresPermission(Permissions.USER_MANAGE)
    public UserAccount create(NewUser command) {
        TenantId tenant = TenantContext.require();
        NewUser user = validator.validate(normalised(command));
        if (!user.role().allowedInTenant()) {
            throw DomainException.invalid(FieldError.of("role", "role_not_allowed", user.role().name()));
        }
        RoleGrants.requireGrantable(user.role());
        if (em.find(LoginName.class, user.username()) != null) {
            throw DomainException.conflict("username_taken", user.username());
        }
        UserAccount account = new UserAccount(user.username(), user.displayName().trim(), user.role(),
                hasher.hash(user.password().toCharArray()), clock.instant());
        em.persist(account);
        em.flush();
        em.persist(new LoginName(user.username(), tenant, account.id().value()));
        return account;
    }

    @Audited("user.update")
    @RequiresPermission(Permissions.USER_MANAGE)
    public UserAccount update(@AuditTarget UserId id, UserChanges changes) {
        validator.validate(changes);
        UserAccount account = find(id);
        RoleGrants.requireGrantable(account.details().role());
        if (changes.role() != null && changes.role() != account.details().role()) {
            if (!changes.role().allowedInTenant()) {
                throw DomainException.invalid(FieldError.of("role", "role_not_allowed", changes.role().name()));
            }
            refuseSelf(account, "cannot_change_own_role");
            RoleGrants.requireGrantable(changes.role());
            account.details().assign(changes.role());
        }
        if (changes.displayName() != null) {
            account.details().rename(changes.displayName().trim());
        }
        return account;
    }

    @Audited("user.disable")
    @RequiresPermission(Permissions.USER_MANAGE)
    public UserAccount disable(@AuditTarget UserId id) {
        UserAccount account = find(id);
        refuseSelf(account, "cannot_disable_self");
        account.details().disable();
        tokens.revokeAll(account.details().username());
        return account;
    }

    @Audited("user.enable")
    @RequiresPermission(Permissions.USER_MANAGE)
    public UserAccount enable(@AuditTarget UserId id) {
        UserAccount account = find(id);
        account.details().enable();
        return account;
    }

    @Audited("user.reset-password")
    @RequiresPermission(Permissions.USER_MANAGE)
    public UserAccount resetPassword(@AuditTarget UserId id, PasswordReset reset) {
        validator.validate(reset);
        UserAccount account = find(id);
        RoleGrants.requirePasswordResettable(account.details().role());
        account.details().changePasswordHash(hasher.hash(reset.password().toCharArray()));
        tokens.revokeAll(account.details().username());
        return account;
    }

    /** Deletes the account and its sign-in name; its audit history keeps the username. */
    @Audited("user.delete")
    @RequiresPermission(Permissions.USER_MANAGE)
    public void delete(@AuditTarget UserId id) {
        UserAccount account = find(id);
        refuseSelf(account, "cannot_delete_self");
        em.remove(account);
    }

    /** Disables the given users that are enabled (never the caller); returns how many changed. */
    @Audited("user.bulk-disable")
    @RequiresPermission(Permissions.USER_MANAGE)
    public int disableAll(Collection<UserId> ids) {
        List<UserAccount> accounts = others(ids).stream()
                .filter(account -> account.details().status() == AccountStatus.ENABLED).toList();
        if (accounts.isEmpty()) {
            return 0;
        }
        int changed = em.createQuery("update UserAccount u set u.details.status = :disabled, u.version = u.version + 1"
                        + " where u.id in :ids and u.details.status = :enabled")
                .setParameter("disabled", AccountStatus.DISABLED)
                .setParameter("enabled", AccountStatus.ENABLED)
                .setParameter("ids", idsOf(accounts))
                .executeUpdate();
        accounts.forEach(account -> {
            tokens.revokeAll(account.details().username());
            audit.append("user.disable", account.auditName(), Outcome.SUCCESS, "bulk");
        });
        return changed;
    }

    /** Deletes the given users (never the caller); returns how many were deleted. */
    @Audited("user.bulk-delete")
    @RequiresPermission(Permissions.USER_MANAGE)
    public int deleteAll(Collection<UserId> ids) {
        List<UserAccount> accounts = others(ids);
        if (accounts.isEmpty()) {
            return 0;
        }
        int deleted = em.createQuery("delete from UserAccount u where u.id in :ids")
                .setParameter("ids", idsOf(accounts))
                .executeUpdate();
        accounts.forEach(account -> audit.append("user.delete", account.auditName(), Outcome.SUCCESS, "bulk"));
        return deleted;
    }

    private List<UserAccount> others(Collection<UserId> ids) {
        TenantContext.require();
        Set<Long> wanted = ids.stream().map(UserId::value).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return List.of();
        }
        long self = CurrentUser.actor().filter(actor -> actor.tenant() != null).map(Actor::accountId).orElse(-1L);
        return em.createQuery("select u from UserAccount u where u.id in :ids", UserAccount.class)
                .setParameter("ids", wanted).getResultList().stream()
                .filter(account -> account.id().value() != self)
                .toList();
    }

    private static List<Long> idsOf(List<UserAccount> accounts) {
        return accounts.stream().map(account -> account.id().value()).toList();
    }

    private UserAccount find(UserId id) {
        TenantContext.require();
        UserAccount account = id == null ? null : em.find(UserAccount.class, id.value());
        if (account == null) {
            throw DomainException.notFound("user_not_found");
        }
        return account;
    }

    private static void refuseSelf(UserAccount account, String code) {
        CurrentUser.actor()
                .filter(actor -> actor.tenant() != null && actor.tenant().equals(account.tenant())
                        && actor.accountId() == account.id().value())
                .ifPresent(actor -> {
                    throw DomainException.conflict(code);
                });
    }

    private static NewUser normalised(NewUser command) {
        if (command == null) {
            return null;
        }
        String username = command.username() == null ? null : command.username().trim().toLowerCase(Locale.ROOT);
        return new NewUser(username, command.displayName(), command.role(), command.password());
    }
}
