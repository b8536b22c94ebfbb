package org.linli.billing.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/** The tenant's setting of the flea-market platform fee: one row per tenant, none until it is first set. */
@Entity
@Table(name = "flea_fee")
public class FleaFee extends TenantOwned implements AuditSubject {

    /** The one row of a tenant. */
    static final long ID = 1;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "percent_basis_points", nullable = false)
    private int percentBasisPoints;

    @Column(name = "fixed_fen", nullable = false)
    private long fixedFen;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected FleaFee() {
    }

    FleaFee(FleaFeeTerms terms, String by, Instant at) {
        this.id = ID;
        change(terms, by, at);
    }

    void change(FleaFeeTerms terms, String by, Instant at) {
        this.percentBasisPoints = terms.percentBasisPoints();
        this.fixedFen = terms.fixedFen();
        this.changedBy = by;
        this.changedAt = at;
    }

    public FleaFeeTerms terms() {
        return new FleaFeeTerms(percentBasisPoints, fixedFen);
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    @Override
    public String auditName() {
        return "flea-fee:" + percentBasisPoints + "bp+" + fixedFen;
    }
}
