package org.linli.tenants.flea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/** A tenant's flea-market settings (one row): after how many upheld reports a seller may list no more. */
@Entity
@Table(name = "flea_settings")
public class FleaSettings extends TenantOwned {

    /** The id of the single row. */
    static final long SINGLE = 1;
    /** Unless the tenant says otherwise. */
    public static final int DEFAULT_SUSPEND_AFTER = 3;

    @Id
    private Long id;

    @Column(name = "suspend_after_reports", nullable = false)
    private int suspendAfterReports;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FleaSettings() {
    }

    FleaSettings(int suspendAfterReports, Instant now) {
        this.id = SINGLE;
        this.suspendAfterReports = suspendAfterReports;
        this.updatedAt = now;
    }

    void change(int suspendAfterReports, Instant now) {
        this.suspendAfterReports = suspendAfterReports;
        this.updatedAt = now;
    }

    public int suspendAfterReports() {
        return suspendAfterReports;
    }
}
