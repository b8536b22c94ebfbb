package org.linli.tenants.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/** A tenant's deliberation settings (one row): how many households must co-sign a resident's proposal. */
@Entity
@Table(name = "proposal_settings")
public class ProposalSettings extends TenantOwned {

    static final long SINGLE = 1;
    /** Unless the tenant says otherwise. */
    public static final int DEFAULT_CO_SIGNATURES = 5;

    @Id
    private Long id;

    @Column(name = "co_signatures_needed", nullable = false)
    private int coSignaturesNeeded;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProposalSettings() {
    }

    ProposalSettings(int coSignaturesNeeded, Instant now) {
        this.id = SINGLE;
        change(coSignaturesNeeded, now);
    }

    void change(int needed, Instant now) {
        this.coSignaturesNeeded = needed;
        this.updatedAt = now;
    }

    public int coSignaturesNeeded() {
        return coSignaturesNeeded;
    }
}
