package org.linli.billing.commission;

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
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.modules.Module;

import java.time.Instant;

/**
 * The commission of the tenant on one module, for every provider or for one provider in particular (which wins).
 *
 * <p>Rules are versions: their terms never change. Defining new terms for the same module and provider retires the
 * active version and starts the next one, so every split can name the exact version it was made with. The free
 * basic module has no commission.
 */
@Entity
@Table(name = "commission_rule")
public class CommissionRule extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commission_rule_seq")
    @SequenceGenerator(name = "commission_rule_seq", sequenceName = "commission_rule_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "module", nullable = false, length = 20)
    private Module module;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "percent_bp", nullable = false)
    private int percentBasisPoints;

    @Column(name = "fixed_fen", nullable = false)
    private long fixedFen;

    @Column(name = "minimum_fen", nullable = false)
    private long minimumFen;

    @Column(name = "maximum_fen")
    private Long maximumFen;

    @Column(name = "platform_share_bp", nullable = false)
    private int platformShareBasisPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RuleStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected CommissionRule() {
    }

    CommissionRule(Module module, Long providerId, int version, CommissionTerms terms, Instant createdAt) {
        this.module = module;
        this.providerId = providerId;
        this.version = version;
        this.percentBasisPoints = terms.percentBasisPoints();
        this.fixedFen = terms.fixedFen();
        this.minimumFen = terms.minimumFen();
        this.maximumFen = terms.maximumFen();
        this.platformShareBasisPoints = terms.platformShareBasisPoints();
        this.status = RuleStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    void retire(Instant at) {
        if (status != RuleStatus.ACTIVE) {
            throw DomainException.invalidTransition(status, "retire");
        }
        status = RuleStatus.RETIRED;
        retiredAt = at;
    }

    public long id() {
        return id;
    }

    public Module module() {
        return module;
    }

    /** The provider the rule is for, or {@code null} for all providers of the module. */
    public Long providerId() {
        return providerId;
    }

    public int version() {
        return version;
    }

    public CommissionTerms terms() {
        return new CommissionTerms(percentBasisPoints, fixedFen, minimumFen, maximumFen, platformShareBasisPoints);
    }

    public RuleStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    @Override
    public String auditName() {
        return "commission-rule:" + id;
    }
}
