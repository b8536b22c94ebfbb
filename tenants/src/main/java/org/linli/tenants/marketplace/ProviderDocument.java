package org.linli.tenants.marketplace;

import jakarta.persistence.Column;
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
import org.linli.tenants.files.FileType;

import java.time.Instant;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 50)
    private FileType type;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "content_id", nullable = false)
    private long contentId;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    protected ProviderDocument() {
    }

    ProviderDocument(ProviderId provider, DocumentKind kind, LocalDate validUntil, String fileName, FileType type,
                     FileContent content, Instant uploadedAt, long uploadedBy) {
        this.providerId = provider.value();
        this.kind = kind;
        this.validUntil = validUntil;
        this.fileName = fileName;
        this.type = type;
        this.sizeBytes = content.data().length;
        this.contentId = content.id();
        this.uploadedAt = uploadedAt;
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

    public FileType type() {
        return type;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    long contentId() {
        return contentId;
    }

    /** The last day the document is valid; {@code null} when it does not expire. */
    public LocalDate validUntil() {
        return validUntil;
    }

    public boolean isValidOn(LocalDate day) {
        return validUntil == null || !validUntil.isBefore(day);
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    @Override
    public String auditName() {
        return "provider-document:" + id;
    }
}
