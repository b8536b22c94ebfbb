package org.linli.tenants.flea;

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

/**
 * A photo of a listing, typed by its bytes and bounded in size as offering pictures are. Lists read only its
 * metadata by query; the bytes are loaded when one photo is served.
 */
@Entity
@Table(name = "flea_photo")
public class FleaPhoto extends TenantOwned {

    /** A listing shows at most this many photos. */
    public static final int MAX_PER_LISTING = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flea_photo_seq")
    @SequenceGenerator(name = "flea_photo_seq", sequenceName = "flea_photo_seq", allocationSize = 50)
    private Long id;

    @Column(name = "listing_id", nullable = false)
    private long listingId;

    @Column(name = "position", nullable = false)
    private int position;

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

    protected FleaPhoto() {
    }

    FleaPhoto(long listingId, int position, FileType type, byte[] data, String sha256, Instant now) {
        this.listingId = listingId;
        this.position = position;
        this.type = type;
        this.data = data;
        this.sizeBytes = data.length;
        this.sha256 = sha256;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long listingId() {
        return listingId;
    }

    public int position() {
        return position;
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

    public byte[] data() {
        return data;
    }
}
