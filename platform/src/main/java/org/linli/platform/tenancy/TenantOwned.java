package org.linli.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every tenant-owned entity. EclipseLink single-table multitenancy adds {@code tenant_id} to the primary key,
 * fills it on insert from the transaction's tenant and adds {@code tenant_id = ?} to every read, update and delete,
 * including bulk JPQL. No feature writes a tenant filter by hand; a transaction without a tenant cannot read these
 * entities at all. On PostgreSQL, row-level security enforces the same rule a second time.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantBinding.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER, primaryKey = true)
public abstract class TenantOwned {

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private Long tenantId;

    /**
     * Mirrors, in the new object, the tenant that EclipseLink writes from the transaction's binding (the column
     * itself is read-only here). Both come from the same {@link TenantContext}.
     */
    @PrePersist
    void takeTenantOfTransaction() {
        tenantId = TenantContext.require().value();
    }

    /** The owning tenant. */
    public TenantId tenant() {
        return tenantId == null ? null : TenantId.of(tenantId);
    }
}
