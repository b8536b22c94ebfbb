package org.linli.tenants.services;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserId;
import org.linli.platform.identity.UserService;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.CommunityId;
import org.linli.tenants.registry.StructureService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Providers of a tenant: operators onboard, verify, suspend and reinstate them, link their staff accounts and say
 * which communities they serve; provider staff read their own provider.
 */
@ApplicationService
public class ProviderService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    StructureService structure;

    @Inject
    UserService users;

    @Inject
    Clock clock;

    @Query
    @RequiresPermission(Permissions.MARKET_READ)
    public List<Provider> list(ProviderStatus status) {
        TenantContext.require();
        if (status == null) {
            return em.createQuery("select p from Provider p order by p.name, p.id", Provider.class).getResultList();
        }
        return em.createQuery("select p from Provider p where p.status = :status order by p.name, p.id",
                Provider.class).setParameter("status", status).getResultList();
    }

    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public Provider get(ProviderId id) {
        return find(id);
    }

    @Audited("provider.onboard")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public Provider onboard(ProviderCommands.NewProvider command) {
        TenantContext.require();
        validator.validate(command);
        requireUniqueLicence(command.licenceNumber().strip(), null);
        Provider provider = new Provider(command, clock.instant());
        em.persist(provider);
        em.flush();
        serve(provider.id(), command.communities());
        return provider;
    }

    @Audited("provider.update")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public Provider update(@AuditTarget ProviderId id, ProviderCommands.NewProvider command) {
        Provider provider = find(id);
        validator.validate(command);
        requireUniqueLicence(command.licenceNumber().strip(), id);
        provider.update(command);
        em.createQuery("delete from ProviderCommunity c where c.providerId = :provider")
                .setParameter("provider", id.value()).executeUpdate();
        serve(id, command.communities());
        return provider;
    }

    @Audited("provider.verify")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public Provider verify(@AuditTarget ProviderId id) {
        Provider provider = find(id);
        provider.verify(clock.instant());
        return provider;
    }

    @Audited("provider.suspend")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public Provider suspend(@AuditTarget ProviderId id, @AuditDetail String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw DomainException.invalid(FieldError.of("reason", "required"));
        }
        Provider provider = find(id);
        provider.suspend(reason.strip());
        return provider;
    }

    @Audited("provider.reinstate")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public Provider reinstate(@AuditTarget ProviderId id) {
        Provider provider = find(id);
        provider.reinstate();
        return provider;
    }

    /** Counts a review of a completed order into the provider's rating. */
    @Audited("provider.rate")
    @RequiresPermission(Permissions.ORDER_ACT)
    public Provider rate(@AuditTarget ProviderId id, int stars) {
        if (stars < 1 || stars > 5) {
            throw DomainException.invalid(FieldError.of("stars", "stars"));
        }
        Provider provider = find(id);
        provider.rate(stars);
        return provider;
    }

    /** The communities a provider serves; empty means all of the tenant's. */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public List<Long> communities(ProviderId id) {
        find(id);
        return em.createQuery("select c.communityId from ProviderCommunity c where c.providerId = :provider"
                + " order by c.communityId", Long.class).setParameter("provider", id.value()).getResultList();
    }

    @Query
    @RequiresPermission(Permissions.MARKET_READ)
    public List<ProviderStaff> staff(ProviderId id) {
        find(id);
        return em.createQuery("select s from ProviderStaff s where s.providerId = :provider order by s.displayName",
                ProviderStaff.class).setParameter("provider", id.value()).getResultList();
    }

    /** Links a provider-staff account of this tenant to the provider; an account works for one provider only. */
    @Audited("provider.staff.add")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public ProviderStaff addStaff(@AuditTarget ProviderId id, long userAccountId) {
        find(id);
        UserAccount account;
        try {
            account = users.get(new UserId(userAccountId));
        } catch (DomainException notFound) {
            throw DomainException.invalid(FieldError.of("userId", "user_not_found"));
        }
        if (account.details().role() != Role.PROVIDER_STAFF) {
            throw DomainException.invalid(FieldError.of("userId", "role_not_allowed", account.details().role()));
        }
        if (staffOf(userAccountId).isPresent()) {
            throw DomainException.conflict("staff_already_linked");
        }
        ProviderStaff staff = new ProviderStaff(id, userAccountId, account.details().displayName());
        em.persist(staff);
        return staff;
    }

    /** The provider the signed-in staff member works for. */
    @Query
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Provider mine() {
        return find(myStaff().provider());
    }

    /** The signed-in staff member's link to their provider, or {@code provider_not_linked}. */
    @Query
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public ProviderStaff myStaff() {
        TenantContext.require();
        return staffOf(CurrentUser.require().accountId())
                .orElseThrow(() -> DomainException.forbidden("provider_not_linked"));
    }

    private Optional<ProviderStaff> staffOf(long account) {
        return em.createQuery("select s from ProviderStaff s where s.userAccountId = :account", ProviderStaff.class)
                .setParameter("account", account).getResultStream().findFirst();
    }

    private void serve(ProviderId provider, List<Long> communities) {
        if (communities == null) {
            return;
        }
        for (Long community : communities.stream().distinct().toList()) {
            try {
                structure.community(new CommunityId(community));
            } catch (DomainException unknown) {
                throw DomainException.invalid(FieldError.of("communities", "community_not_found"));
            }
            em.persist(new ProviderCommunity(provider, community));
        }
    }

    private void requireUniqueLicence(String licence, ProviderId except) {
        boolean taken = em.createQuery("select p from Provider p where p.licenceNumber = :licence", Provider.class)
                .setParameter("licence", licence).getResultStream()
                .anyMatch(p -> except == null || !p.id().equals(except));
        if (taken) {
            throw DomainException.conflict("provider_licence_taken");
        }
    }

    Provider find(ProviderId id) {
        TenantContext.require();
        Provider provider = id == null ? null : em.find(Provider.class, id.value());
        if (provider == null) {
            throw DomainException.notFound("provider_not_found");
        }
        return provider;
    }
}
