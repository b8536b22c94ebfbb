package org.linli.tenants.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.linli.tenants.files.FileType;

import java.time.Instant;

/**
 * Where a kept file's bytes are and what they are: the part an offering's picture and a provider's document share.
 * The bytes stay in their own row so that listing pictures or documents never reads them.
 */
@Embeddable
public class StoredFileRef {

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 50)
    private FileType type;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "content_id", nullable = false)
    private long contentId;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredFileRef() {
    }

    StoredFileRef(FileType type, FileContent content, Instant uploadedAt) {
        this.type = type;
        this.sizeBytes = content.data().length;
        this.contentId = content.id();
        this.uploadedAt = uploadedAt;
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

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
