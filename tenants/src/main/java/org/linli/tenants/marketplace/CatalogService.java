package org.linli.tenants.marketplace;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.linli.platform.application.ApplicationService;
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
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.Edition;
import org.linli.platform.tenancy.SignedInEditions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.ModuleService;
import org.linli.tenants.registry.structure.CommunityId;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue: providers' staff offer and withdraw their services, operators moderate them, and everyone in the
 * tenant browses what is on sale — only verified providers' active offerings, only in enabled modules, only in the
 * communities the provider serves.
 */
@ApplicationService
public class CatalogService {

    /** A provider's own offerings are a short menu; the cap truncates rather than exhausting memory. */
    static final int MAX_OWN_OFFERINGS = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    ProviderService providers;

    @Inject
    OfferingAccess access;

    @Inject
    ModuleService modules;

    @Inject
    Clock clock;

    /** What a browse asks for; every part is optional. */
    public record OfferingFilter(Module module, CommunityId community, String text) {
    }

    /** The offerings on sale, best rated providers first. A disabled module answers {@code module_disabled}. */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public Page<Offering> browse(OfferingFilter filter, PageRequest page) {
        TenantContext.require();
        List<Module> shelved = modulesOf(filter);
        StringBuilder where = new StringBuilder(" from Offering o, Provider p where p.id = o.providerId"
                + " and o.status = :active and p.status = :verified and o.module in :modules");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("active", OfferingStatus.ACTIVE);
        parameters.put("verified", ProviderStatus.VERIFIED);
        parameters.put("modules", shelved);
        if (filter.community() != null) {
            where.append(" and (not exists (select c from ProviderCommunity c where c.providerId = p.id)"
                    + " or exists (select c from ProviderCommunity c where c.providerId = p.id"
                    + " and c.communityId = :community))");
            parameters.put("community", filter.community().value());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(o.title) like :text or lower(o.description) like :text"
                    + " or lower(p.name) like :text)");
            parameters.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        // The page is chosen on ids alone, in the order of the offering index (module, status, provider score,
        // title, id): for one module the database reads the page's keys from the index instead of sorting the
        // whole catalogue, and the page's twenty rows are then read by their keys.
        TypedQuery<Long> query = em.createQuery("select o.id" + where
                + " order by o.providerScore desc, o.title, o.id", Long.class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Long> ids = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(inOrder(ids), count::getSingleResult, page);
    }

    /**
     * What a browse with {@code filter} would answer from: the tenant, its catalogue's edition and the module asked
     * for. The database raises the edition in the transaction of every change to offerings, their pictures,
     * providers, the communities they serve and the tenant's modules (migrations {@code tenants-030} and
     * {@code tenants-031}), so two browses with one filter and equal editions answer the same. The edition is read
     * before the module check: a module disabled after that read has raised the edition past it. A disabled module
     * answers {@code module_disabled}, as the browse does.
     */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public CatalogueEdition edition(OfferingFilter filter) {
        TenantId tenant = TenantContext.require();
        Edition edition = em.find(Edition.class, Edition.CATALOGUE);
        if (filter.module() != null) {
            requireModule(filter.module());
        }
        return new CatalogueEdition(tenant, edition == null ? 0 : edition.number(), filter.module());
    }

    /**
     * {@link #edition}, as this request's sign-in read it with the caller's token (decision 0015), without a
     * transaction of its own; empty when the sign-in read none for the current tenant, and then {@link #edition}
     * answers. A page kept under this edition was read by a browse that found the module enabled at it or later, and
     * disabling the module raises the edition, so it needs no module check of its own.
     */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CatalogueEdition> signedInEdition(OfferingFilter filter) {
        TenantId tenant = TenantContext.require();
        return CurrentUser.principal(SignedInEditions.class)
                .flatMap(editions -> editions.of(tenant, Edition.CATALOGUE))
                .map(number -> new CatalogueEdition(tenant, number, filter.module()));
    }

    /** The one module asked for, refused when it is disabled, or else every enabled module. */
    private List<Module> modulesOf(OfferingFilter filter) {
        if (filter.module() == null) {
            return List.copyOf(modules.enabled());
        }
        requireModule(filter.module());
        return List.of(filter.module());
    }

    private List<Offering> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Offering> byId = new HashMap<>();
        em.createQuery("select o from Offering o where o.id in :ids", Offering.class).setParameter("ids", ids)
                .getResultList().forEach(offering -> byId.put(offering.id().value(), offering));
        // An offering removed between the two reads is left out rather than shown as a hole.
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * One offering. What is on sale is public to everyone who may browse the catalogue (providers' staff shop too);
     * what is not, residents never see, providers' staff only when it is their own, operators always.
     */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public Offering get(OfferingId id) {
        Offering offering = access.find(id);
        Role role = CurrentUser.require().role();
        if (role == Role.RESIDENT && !onSale(offering)) {
            throw DomainException.notFound("offering_not_found");
        }
        if (role == Role.PROVIDER_STAFF && !offering.provider().equals(providers.myStaff().provider())
                && !onSale(offering)) {
            throw DomainException.notFound("offering_not_found");
        }
        return offering;
    }

    /** Whether {@code offering} can be booked now: active, by a verified provider, in an enabled module. */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public boolean onSale(Offering offering) {
        return offering.status() == OfferingStatus.ACTIVE && providers.get(offering.provider()).isSelling()
                && modules.isEnabled(offering.module());
    }

    /** The signed-in provider's own offerings, whatever their state. */
    @Query
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public List<Offering> mine() {
        ProviderId provider = providers.myStaff().provider();
        return em.createQuery("select o from Offering o where o.providerId = :provider order by o.module, o.title",
                Offering.class).setParameter("provider", provider.value()).setMaxResults(MAX_OWN_OFFERINGS)
                .getResultList();
    }

    /**
     * The modules the signed-in staff member's provider serves: those it offers something in, whatever the state of
     * the offering (a withdrawn offering is a pause, not a change of trade). The console shows provider staff the
     * tools of these modules only.
     */
    @Query
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Set<Module> myModules() {
        ProviderId provider = providers.myStaff().provider();
        List<Module> served = em.createQuery("select distinct o.module from Offering o where o.providerId = :provider",
                Module.class).setParameter("provider", provider.value()).getResultList();
        return served.isEmpty() ? Set.of() : EnumSet.copyOf(served);
    }

    /** A page of every offering of the tenant for moderation, newest first, optionally of one provider. */
    @Query
    @RequiresPermission(Permissions.MARKET_READ)
    public Page<Offering> all(ProviderId provider, PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, Offering.class, "o")
                .filter("o.providerId = :provider", "provider", provider == null ? null : provider.value())
                .page("o.createdAt desc, o.id desc", page);
    }

    /** A provider offers something new in a module the tenant has enabled. */
    @Audited("offering.create")
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Offering offer(OfferingCommands.NewOffering command) {
        validator.validate(command);
        Provider provider = providers.get(providers.myStaff().provider());
        if (!provider.isSelling()) {
            throw DomainException.conflict("provider_not_verified");
        }
        requireModule(command.module());
        requireSlotsWhereTimed(command);
        Offering offering = new Offering(provider.id(), provider.catalogueScore(), command, clock.instant());
        em.persist(offering);
        return offering;
    }

    @Audited("offering.update")
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Offering change(@AuditTarget OfferingId id, OfferingCommands.NewOffering command) {
        validator.validate(command);
        Offering offering = access.own(id);
        if (command.module() != offering.module()) {
            throw DomainException.invalid(FieldError.of("module", "immutable"));
        }
        requireSlotsWhereTimed(command);
        offering.change(command);
        return offering;
    }

    @Audited("offering.withdraw")
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Offering withdraw(@AuditTarget OfferingId id) {
        Offering offering = access.own(id);
        offering.withdraw();
        return offering;
    }

    @Audited("offering.publish")
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Offering publish(@AuditTarget OfferingId id) {
        Offering offering = access.own(id);
        offering.publish();
        return offering;
    }

    /** An operator takes an offering off sale, with a note the provider sees. */
    @Audited("offering.block")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public Offering block(@AuditTarget OfferingId id, @AuditDetail String note) {
        if (note == null || note.isBlank() || note.length() > 500) {
            throw DomainException.invalid(FieldError.of("note", "required"));
        }
        Offering offering = access.find(id);
        offering.block(note.strip());
        return offering;
    }

    @Audited("offering.unblock")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public Offering unblock(@AuditTarget OfferingId id) {
        Offering offering = access.find(id);
        offering.unblock();
        return offering;
    }

    /**
     * An operator lets residents pay an offering in time-bank minutes, or stops that; orders already paid keep how
     * they were paid.
     */
    @Audited("offering.payable-in-time")
    @RequiresPermission(Permissions.TIMEBANK_MANAGE)
    public Offering acceptTime(@AuditTarget OfferingId id, @AuditDetail boolean accepted) {
        Offering offering = access.find(id);
        offering.acceptTime(accepted);
        return offering;
    }

    private void requireModule(Module module) {
        if (!modules.isEnabled(module)) {
            throw DomainException.forbidden("module_disabled", module.label());
        }
    }

    private static void requireSlotsWhereTimed(OfferingCommands.NewOffering command) {
        if (command.pricing() == PricingModel.HOURLY && !command.needsSlot()) {
            throw DomainException.invalid(FieldError.of("needsSlot", "hourly_needs_slot"));
        }
    }
}
