package org.linli.tenants.registry.importexport;

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

import java.time.Instant;

/**
 * One committed import of a resident list: who, which file, how it ended. Its id marks every resident and household
 * it created, so that a failed import can be taken back completely.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends TenantOwned implements AuditSubject {

    public enum Status { RUNNING, COMPLETED, FAILED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 20)
    private ImportMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "imported_rows", nullable = false)
    private int importedRows;

    @Column(name = "invalid_rows", nullable = false)
    private int invalidRows;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {
    }

    ImportJob(String fileName, ImportMode mode, int totalRows, int invalidRows, String createdBy, Instant at) {
        this.fileName = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        this.mode = mode;
        this.status = Status.RUNNING;
        this.totalRows = totalRows;
        this.invalidRows = invalidRows;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    void finish(Status outcome, int imported, Instant at) {
        this.status = outcome;
        this.importedRows = imported;
        this.finishedAt = at;
    }

    public long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public Status status() {
        return status;
    }

    public int totalRows() {
        return totalRows;
    }

    public int importedRows() {
        return importedRows;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String auditName() {
        return "import:" + id;
    }
}
