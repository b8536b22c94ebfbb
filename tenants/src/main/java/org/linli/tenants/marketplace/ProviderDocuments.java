package org.linli.tenants.marketplace;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.tenants.files.FileType;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * A provider's qualification documents — business licences, ID cards, certificates: operators keep them for any
 * provider, the provider's own staff for theirs, and reading one is audited because ID-card scans are personal data.
 * Kept apart from {@link ProviderService} because these are files under their own permissions
 * ({@code qualification:*}), while the provider's lifecycle is the market's; verifying a provider only reads them.
 */
@ApplicationService
public class ProviderDocuments {

    /** A provider's documents at most; enough for every licence and certificate, with renewals. */
    static final int MAX_DOCUMENTS = 20;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ProviderLookup lookup;

    @Inject
    Clock clock;

    /** A provider's qualification documents, newest first; for operators and the provider's own staff. */
    @Query
    @RequiresPermission(Permissions.QUALIFICATION_READ)
    public List<ProviderDocument> documents(ProviderId id) {
        requireDocumentAccess(id);
        return lookup.documentsOf(id);
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
        if (lookup.documentsOf(id).size() >= MAX_DOCUMENTS) {
            throw DomainException.conflict("provider_documents_full", MAX_DOCUMENTS);
        }
        ProviderDocument document = new ProviderDocument(id, kind, validUntil, file.safeName(type),
                new FileShelf(em).keep(file, type, clock.instant()), CurrentUser.require().accountId());
        em.persist(document);
        return document;
    }

    /** One document's file. Reading it is audited: ID-card scans are personal data. */
    @Audited("provider.document.read")
    @RequiresPermission(Permissions.QUALIFICATION_READ)
    public StoredFile document(@AuditTarget ProviderId id, long documentId) {
        ProviderDocument document = ownDocument(id, documentId);
        return new FileShelf(em).take(document.file(), document.fileName());
    }

    @Audited("provider.document.remove")
    @RequiresPermission(Permissions.QUALIFICATION_MANAGE)
    public void removeDocument(@AuditTarget ProviderId id, long documentId) {
        ProviderDocument document = ownDocument(id, documentId);
        new FileShelf(em).discard(document, document.file());
    }

    private ProviderDocument ownDocument(ProviderId id, long documentId) {
        requireDocumentAccess(id);
        ProviderDocument document = em.find(ProviderDocument.class, documentId);
        if (document == null || !document.provider().equals(id)) {
            throw DomainException.notFound("document_not_found");
        }
        return document;
    }

    /** Staff reach only their own provider's documents; another provider looks as if it did not exist. */
    private void requireDocumentAccess(ProviderId id) {
        lookup.find(id);
        if (CurrentUser.require().role() == Role.PROVIDER_STAFF && !lookup.myStaff().provider().equals(id)) {
            throw DomainException.notFound("provider_not_found");
        }
    }
}
