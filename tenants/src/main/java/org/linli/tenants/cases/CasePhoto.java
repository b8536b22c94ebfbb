package org.linli.tenants.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.files.FileType;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A photo of a case, attached to one of its steps (the report's photos to the report step), typed by its bytes and
 * bounded in size as offering pictures are. It is as visible as its step.
 */
@Entity
@Table(name = "case_photo")
public class CasePhoto extends TenantOwned {

    /** A step shows at most this many photos. */
    public static final int MAX_PER_STEP = 6;

    /** What a case photo may be (by its bytes), so that forms can refuse anything else before a case exists. */
    public static final Set<FileType> TYPES = Collections.unmodifiableSet(
            EnumSet.of(FileType.PNG, FileType.JPEG, FileType.WEBP));

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_photo_seq")
    @SequenceGenerator(name = "case_photo_seq", sequenceName = "case_photo_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "step_id", nullable = false)
    private long stepId;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 10)
    private FileType type;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "data", nullable = false)
    private byte[] data;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CasePhoto() {
    }

    CasePhoto(long caseId, long stepId, FileType type, byte[] data, String sha256, Instant now) {
        this.caseId = caseId;
        this.stepId = stepId;
        this.type = type;
        this.data = data;
        this.sizeBytes = data.length;
        this.sha256 = sha256;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long stepId() {
        return stepId;
    }

    public FileType type() {
        return type;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] data() {
        return data;
    }
}
