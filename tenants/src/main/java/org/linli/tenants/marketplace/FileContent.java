package org.linli.tenants.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.files.UploadedFile;

/**
 * The bytes of an uploaded file. Kept in the database, not on a server's disk, so that every member of a cluster
 * serves the same files and backups hold them; kept apart from the rows describing them so lists never load bytes.
 */
@Entity
@Table(name = "file_content")
public class FileContent extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "file_content_seq")
    @SequenceGenerator(name = "file_content_seq", sequenceName = "file_content_seq", allocationSize = 50)
    private Long id;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "data", nullable = false)
    private byte[] data;

    protected FileContent() {
    }

    FileContent(UploadedFile file) {
        this.data = file.bytes();
        this.sha256 = file.sha256();
    }

    long id() {
        return id;
    }

    String sha256() {
        return sha256;
    }

    byte[] data() {
        return data;
    }
}
