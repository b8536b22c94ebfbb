package org.linli.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;

import java.time.Instant;
import java.util.Optional;

/**
 * A district or property company using Linli. The registry of tenants is platform-owned (every tenant-owned table
 * refers to it); richer onboarding (modules, contracts) builds on it in the tenants module.
 *
 * <p>A property company may name the district that supervises it (set by platform operators); its cases overdue
 * past the district threshold are escalated there.
 *
 * <p>Lifecycle: {@code ACTIVE ⇄ SUSPENDED}. While suspended, none of its users can sign in or use a token; its data
 * stays untouched. Names are unique across the platform.
 */
@Entity
@Table(name = "tenant")
public class Tenant implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenant_seq")
    @SequenceGenerator(name = "tenant_seq", sequenceName = "tenant_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private TenantKind kind;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TenantStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "supervising_district_id")
    private Long supervisingDistrictId;

    protected Tenant() {
    }

    Tenant(TenantKind kind, String name, Instant createdAt) {
        this.kind = kind;
        this.name = name;
        this.status = TenantStatus.ACTIVE;
        this.createdAt = createdAt;
        this.statusChangedAt = createdAt;
    }

    void suspend(Instant at) {
        if (status != TenantStatus.ACTIVE) {
            throw DomainException.invalidTransition(status, "suspend");
        }
        status = TenantStatus.SUSPENDED;
        statusChangedAt = at;
    }

    void resume(Instant at) {
        if (status != TenantStatus.SUSPENDED) {
            throw DomainException.invalidTransition(status, "resume");
        }
        status = TenantStatus.ACTIVE;
        statusChangedAt = at;
    }

    /** A property company is supervised by a district (or by none when {@code district} is null). */
    void superviseBy(Tenant district) {
        if (district != null && (kind != TenantKind.PROPERTY_COMPANY || district.kind != TenantKind.DISTRICT)) {
            throw DomainException.conflict("tenant_supervision_kinds");
        }
        supervisingDistrictId = district == null ? null : district.id;
    }

    void rename(String newName) {
        this.name = newName;
    }

    public TenantId id() {
        return TenantId.of(id);
    }

    public TenantKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public TenantStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    /** The district supervising this property company, if any. */
    public Optional<TenantId> supervisingDistrict() {
        return Optional.ofNullable(supervisingDistrictId).map(TenantId::of);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String auditName() {
        return "tenant:" + id;
    }
}
