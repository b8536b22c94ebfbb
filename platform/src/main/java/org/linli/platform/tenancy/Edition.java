package org.linli.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.util.List;

/**
 * A tenant's edition of one subject that nodes keep answers of (the catalogue's shelf), as the database keeps it:
 * triggers raise the number in the transaction of every change to what the subject is made of (migrations
 * {@code tenants-030} and {@code tenants-031}). Read only: the application never writes it, so no write path can
 * forget to. A tenant without a row for a subject is at its edition 0.
 */
@Entity
@ReadOnly
@Table(name = "edition")
public class Edition extends TenantOwned {

    /** The storefront's catalogue: offerings, their pictures, providers, the communities they serve, the modules. */
    public static final String CATALOGUE = "catalogue";

    /** Every subject a token's sign-in reads the edition of ({@link SignedInEditions}). */
    public static final List<String> SUBJECTS = List.of(CATALOGUE);

    @Id
    @Column(name = "subject", length = 30)
    private String subject;

    @Column(name = "number", nullable = false)
    private long number;

    protected Edition() {
    }

    public long number() {
        return number;
    }
}
