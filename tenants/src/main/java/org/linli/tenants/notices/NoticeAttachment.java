package org.linli.tenants.notices;

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

/**
 * A file attached to a notice — a PDF or a picture, typed by its bytes and bounded in size as other uploads are.
 * Lists read only its metadata by query; the bytes are loaded when it is downloaded.
 */
@Entity
@Table(name = "notice_attachment")
public class NoticeAttachment extends TenantOwned implements AuditSubject {

    /** A notice carries at most this many files. */
    public static final int MAX_PER_NOTICE = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_attachment_seq")
    @SequenceGenerator(name = "notice_attachment_seq", sequenceName = "notice_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

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

    protected NoticeAttachment() {
    }

    NoticeAttachment(long noticeId, String fileName, FileType type, byte[] data, String sha256, Instant now) {
        this.noticeId = noticeId;
        this.fileName = fileName;
        this.type = type;
        this.data = data;
        this.sizeBytes = data.length;
        this.sha256 = sha256;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long noticeId() {
        return noticeId;
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

    public String sha256() {
        return sha256;
    }

    byte[] data() {
        return data;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String auditName() {
        return "notice-attachment:" + id;
    }
}
