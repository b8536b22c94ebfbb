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
import org.linli.tenants.files.FileType;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.StructureService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Providers of a tenant: operators onboard, verify, suspend and reinstate them, link their staff accounts and say
 * which communities they serve; provider staff read their own provider.
 */
@ApplicationService
public class ProviderService {

    /** Hard cap of a provider's staff accounts, which are answered whole. */
    static final int MAX_STAFF = 500;

    /** A provider's documents at most; enough for every licence and certificate, with renewals. */
    static final int MAX_DOCUMENTS = 20;

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
    public Page<Provider> list(ProviderStatus status, PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, Provider.class, "p").filter("p.status = :status", "status", status)
                .page("p.name, p.id", page);
    }

    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public Provider get(ProviderId id) {
        return find(id);
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
        Provider provider = find(id);
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
        Provider provider = find(id);
        DocumentKind needed = DocumentKind.identifying(provider.kind());
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        boolean proven = documentsOf(id).stream().anyMatch(d -> d.kind() == needed && d.isValidOn(today));
        if (!proven) {
            throw DomainException.conflict("provider_documents_missing");
        }
        provider.verify(clock.instant());
        return provider;
    }

    /** A provider's qualification documents, newest first; for operators and the provider's own staff. */
    @Query
    @RequiresPermission(Permissions.QUALIFICATION_READ)
    public List<ProviderDocument> documents(ProviderId id) {
        requireDocumentAccess(id);
        return documentsOf(id);
    }

    /**
     * Keeps a qualification document (PDF, PNG, JPEG or WebP, at most 5 MB) of a provider; operators add them for any
     * provider, staff for their own. A validity date, if given, must not have passed.
     */
    @Audited("provider.document.add")
    @RequiresPermission(Permissions.QUALIFICATION_MANAGE)
    public ProviderDocument addDocument(@AuditTarget ProviderId id, DocumentKind kind, LocalDate validUntil,
                                        UploadedFile file) {
        requireDocumentAccess(id);
        if (kind == null) {
            throw DomainException.invalid(FieldError.of("kind", "required"));
        }
        if (validUntil != null && validUntil.isBefore(LocalDate.now(clock.withZone(ChinaTime.ZONE)))) {
            throw DomainException.invalid(FieldError.of("validUntil", "not_past"));
        }
        FileType type = file.accept(EnumSet.allOf(FileType.class), UploadedFile.MAX_DOCUMENT_BYTES);
        if (documentsOf(id).size() >= MAX_DOCUMENTS) {
            throw DomainException.conflict("provider_documents_full", MAX_DOCUMENTS);
        }
        ProviderDocument document = new ProviderDocument(id, kind, validUntil, file.safeName(type), type,
                new FileShelf(em).keep(file), clock.instant(), CurrentUser.require().accountId());
        em.persist(document);
        return document;
    }

    /** One document's file. Reading it is audited: ID-card scans are personal data. */
    @Audited("provider.document.read")
    @RequiresPermission(Permissions.QUALIFICATION_READ)
    public StoredFile document(@AuditTarget ProviderId id, long documentId) {
        ProviderDocument document = ownDocument(id, documentId);
        return new FileShelf(em).take(document.contentId(), document.fileName(), document.type());
    }

    @Audited("provider.document.remove")
    @RequiresPermission(Permissions.QUALIFICATION_MANAGE)
    public void removeDocument(@AuditTarget ProviderId id, long documentId) {
        ProviderDocument document = ownDocument(id, documentId);
        new FileShelf(em).discard(document, document.contentId());
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
                ProviderStaff.class).setParameter("provider", id.value()).setMaxResults(MAX_STAFF).getResultList();
    }

    /**
     * Links a staff account of this tenant to the provider; an account works for one provider only. An advertiser's
     * staff are {@code ADVERTISER} accounts, every other provider's {@code PROVIDER_STAFF} accounts.
     */
    @Audited("provider.staff.add")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public ProviderStaff addStaff(@AuditTarget ProviderId id, UserId user) {
        Provider provider = find(id);
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

    private ProviderDocument ownDocument(ProviderId id, long documentId) {
        requireDocumentAccess(id);
        ProviderDocument document = em.find(ProviderDocument.class, documentId);
        if (document == null || !document.provider().equals(id)) {
            throw DomainException.notFound("document_not_found");
        }
        return document;
    }

    private List<ProviderDocument> documentsOf(ProviderId id) {
        return em.createQuery("select d from ProviderDocument d where d.providerId = :provider"
                        + " order by d.uploadedAt desc, d.id desc", ProviderDocument.class)
                .setParameter("provider", id.value()).setMaxResults(MAX_DOCUMENTS).getResultList();
    }

    /** Staff reach only their own provider's documents; another provider looks as if it did not exist. */
    private void requireDocumentAccess(ProviderId id) {
        find(id);
        if (CurrentUser.require().role() == Role.PROVIDER_STAFF && !myStaff().provider().equals(id)) {
            throw DomainException.notFound("provider_not_found");
        }
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
