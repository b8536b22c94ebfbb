package org.linli.platform.identity;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.Audited;
import org.linli.platform.identity.internal.LoginName;
import org.linli.platform.identity.internal.PasswordHasher;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.RoleGrants;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Accounts of the platform company itself: operators, platform finance and supervisors. */
@ApplicationService
public class PlatformUserService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Query
    @RequiresPermission(Permissions.PLATFORM_USER_READ)
    public List<PlatformAccount> list() {
        return em.createQuery("select a from PlatformAccount a order by a.details.username", PlatformAccount.class)
                .getResultList();
    }

    @Audited("platform-user.create")
    @RequiresPermission(Permissions.PLATFORM_USER_MANAGE)
    public PlatformAccount create(NewUser command) {
        NewUser user = validator.validate(new NewUser(
                command.username() == null ? null : command.username().trim().toLowerCase(Locale.ROOT),
                command.displayName(), command.role(), command.password()));
        if (!user.role().allowedInPlatform()) {
            throw DomainException.invalid(FieldError.of("role", "role_not_allowed", user.role().name()));
        }
        RoleGrants.requireGrantable(user.role());
        if (em.find(LoginName.class, user.username()) != null) {
            throw DomainException.conflict("username_taken", user.username());
        }
        PlatformAccount account = new PlatformAccount(user.username(), user.displayName().trim(), user.role(),
                hasher.hash(user.password().toCharArray()), clock.instant());
        em.persist(account);
        em.flush();
        em.persist(new LoginName(user.username(), null, account.id()));
        return account;
    }
}
