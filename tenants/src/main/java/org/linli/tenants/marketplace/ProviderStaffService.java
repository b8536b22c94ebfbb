package org.linli.tenants.marketplace;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserId;
import org.linli.platform.identity.UserService;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;

import java.util.List;

/**
 * Who works for a provider: operators list a provider's staff and link a staff account of the tenant to it. Kept
 * apart from {@link ProviderService} because linking reaches into the platform's user accounts and their roles,
 * which the provider's own lifecycle never needs; which provider the signed-in staff member works for is still
 * answered by {@link ProviderService#myStaff()}, the one question every feature asks.
 */
@ApplicationService
public class ProviderStaffService {

    /** Hard cap of a provider's staff accounts, which are answered whole. */
    static final int MAX_STAFF = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ProviderLookup lookup;

    @Inject
    UserService users;

    @Query
    @RequiresPermission(Permissions.MARKET_READ)
    public List<ProviderStaff> staff(ProviderId id) {
        lookup.find(id);
        return em.createQuery("select s from ProviderStaff s where s.providerId = :provider order by s.displayName",
                ProviderStaff.class).setParameter("provider", id.value()).setMaxResults(MAX_STAFF).getResultList();
    }

    /**
     * Links a staff account of this tenant to the provider; an account works for one provider only. An advertiser's
     * staff are {@code ADVERTISER} accounts, every other provider's {@code PROVIDER_STAFF} accounts.
     */
    @Audited("provider.staff.add")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public ProviderStaff addStaff(@AuditTarget ProviderId id, UserId user) {
        Provider provider = lookup.find(id);
        if (user == null) {
            throw DomainException.invalid(FieldError.of("userId", "required"));
        }
        long userAccountId = user.value();
        UserAccount account;
        try {
            account = users.get(user);
        } catch (DomainException notFound) {
            throw DomainException.invalid(FieldError.of("userId", "user_not_found"));
        }
        Role expected = provider.kind() == ProviderKind.ADVERTISER ? Role.ADVERTISER : Role.PROVIDER_STAFF;
        if (account.details().role() != expected) {
            throw DomainException.invalid(FieldError.of("userId", "role_not_allowed", account.details().role()));
        }
        if (lookup.staffOf(userAccountId).isPresent()) {
            throw DomainException.conflict("staff_already_linked");
        }
        ProviderStaff staff = new ProviderStaff(id, userAccountId, account.details().displayName());
        em.persist(staff);
        return staff;
    }
}
