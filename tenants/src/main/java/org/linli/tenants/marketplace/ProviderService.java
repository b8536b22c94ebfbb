package org.linli.tenants.marketplace;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.StructureService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Providers of a tenant: operators onboard, verify, suspend and reinstate them and say which communities they serve;
 * provider staff read their own provider, and every feature asks here which provider the signed-in staff member
 * works for. The qualification documents ({@link ProviderDocuments}) and the linking of staff accounts
 * ({@link ProviderStaffService}) have their own services.
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
    ProviderLookup lookup;

    @Inject
    Clock clock;

    @Query
    @RequiresPermission(Permissions.MARKET_READ)
    public Page<Provider> list(ProviderStatus status, PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, Provider.class, "p").filter("p.status = :status", "status", status)
                .page("p.name, p.id", page);
    }

    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public Provider get(ProviderId id) {
        return lookup.find(id);
    }

    /** The providers of {@code ids} read at once (for lists of offerings); unknown ids are left out. */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public Map<ProviderId, Provider> byIds(Collection<ProviderId> ids) {
        TenantContext.require();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Provider p where p.id in :ids", Provider.class)
                .setParameter("ids", ids.stream().map(ProviderId::value).distinct().toList()).getResultStream()
                .collect(Collectors.toMap(Provider::id, Function.identity()));
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
        Provider provider = lookup.find(id);
        validator.validate(command);
        requireUniqueLicence(command.licenceNumber().strip(), id);
        provider.update(command);
        em.createQuery("delete from ProviderCommunity c where c.providerId = :provider")
                .setParameter("provider", id.value()).executeUpdate();
        serve(id, command.communities());
        return provider;
    }

    /**
     * Verifies a pending provider. The operator must have seen proof of who the provider is: a business licence for a
     * company, an ID card for a person, uploaded and valid today; otherwise {@code provider_documents_missing}.
     */
    @Audited("provider.verify")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public Provider verify(@AuditTarget ProviderId id) {
        Provider provider = lookup.find(id);
        DocumentKind needed = DocumentKind.identifying(provider.kind());
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        boolean proven = lookup.documentsOf(id).stream().anyMatch(d -> d.kind() == needed && d.isValidOn(today));
        if (!proven) {
            throw DomainException.conflict("provider_documents_missing");
        }
        provider.verify(clock.instant());
        return provider;
    }

    @Audited("provider.suspend")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public Provider suspend(@AuditTarget ProviderId id, @AuditDetail String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw DomainException.invalid(FieldError.of("reason", "required"));
        }
        Provider provider = lookup.find(id);
        provider.suspend(reason.strip());
        return provider;
    }

    @Audited("provider.reinstate")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public Provider reinstate(@AuditTarget ProviderId id) {
        Provider provider = lookup.find(id);
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
        Provider provider = lookup.find(id);
        provider.rate(stars);
        em.createQuery("update Offering o set o.providerScore = :score where o.providerId = :provider")
                .setParameter("score", provider.catalogueScore()).setParameter("provider", id.value()).executeUpdate();
        return provider;
    }

    /** The communities a provider serves; empty means all of the tenant's. */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public List<Long> communities(ProviderId id) {
        lookup.find(id);
        return em.createQuery("select c.communityId from ProviderCommunity c where c.providerId = :provider"
                + " order by c.communityId", Long.class).setParameter("provider", id.value()).getResultList();
    }

    /** The provider the signed-in staff member works for. */
    @Query
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Provider mine() {
        return lookup.find(lookup.myStaff().provider());
    }

    /** The signed-in staff member's link to their provider, or {@code provider_not_linked}. */
    @Query
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public ProviderStaff myStaff() {
        return lookup.myStaff();
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
}
