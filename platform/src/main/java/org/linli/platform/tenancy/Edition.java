package org.linli.tenants.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;
import org.linli.platform.tenancy.TenantOwned;

/**
 * A tenant's edition of the catalogue, as the database keeps it: its triggers raise the number in the transaction of
 * every change to offerings, their pictures, providers and the communities they serve (migration
 * {@code tenants-030}). Read only: the application never writes it, so no write path can forget to.
 */
@Entity
@ReadOnly
@Table(name = "edition")
class Edition extends TenantOwned {

    static final String CATALOGUE = "catalogue";

    @Id
    @Column(name = "subject", length = 30)
    private String subject;

    @Column(name = "number", nullable = false)
    private long number;

    protected Edition() {
    }

    long number() {
        return number;
    }
}
