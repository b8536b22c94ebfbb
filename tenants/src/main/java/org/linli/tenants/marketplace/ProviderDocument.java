package org.linli.tenants.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.tenancy.TenantOwned;

import java.time.LocalDate;

/**
 * A qualification document of a provider (资质文件): a scan of the licence, an ID card, a certificate, with the day
 * it stops being valid if it has one. Operators and the provider's own staff see it; residents never do.
 */
@Entity
@Table(name = "provider_document")
public class ProviderDocument extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_document_seq")
    @SequenceGenerator(name = "provider_document_seq", sequenceName = "provider_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Embedded
    private StoredFileRef file;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    protected ProviderDocument() {
    }

    ProviderDocument(ProviderId provider, DocumentKind kind, LocalDate validUntil, String fileName, StoredFileRef file,
                     long uploadedBy) {
        this.providerId = provider.value();
        this.kind = kind;
        this.validUntil = validUntil;
        this.fileName = fileName;
        this.file = file;
        this.uploadedBy = uploadedBy;
    }

    public long id() {
        return id;
    }

    public ProviderId provider() {
        return new ProviderId(providerId);
    }

    public DocumentKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public StoredFileRef file() {
        return file;
    }

    /** The last day the document is valid; {@code null} when it does not expire. */
    public LocalDate validUntil() {
        return validUntil;
    }

    public boolean isValidOn(LocalDate day) {
        return validUntil == null || !validUntil.isBefore(day);
    }

    @Override
    public String auditName() {
        return "provider-document:" + id;
    }
}
