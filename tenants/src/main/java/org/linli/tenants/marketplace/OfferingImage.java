package org.linli.tenants.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.tenancy.TenantOwned;

/** A picture of an offering; the one with the lowest position is its cover in the storefront. */
@Entity
@Table(name = "offering_image")
public class OfferingImage extends TenantOwned implements AuditSubject {

    /** Enough to show a service from a few sides without turning the storefront into an album. */
    public static final int MAX_PER_OFFERING = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offering_image_seq")
    @SequenceGenerator(name = "offering_image_seq", sequenceName = "offering_image_seq", allocationSize = 50)
    private Long id;

    @Column(name = "offering_id", nullable = false)
    private long offeringId;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    private StoredFileRef file;

    protected OfferingImage() {
    }

    OfferingImage(OfferingId offering, int position, StoredFileRef file) {
        this.offeringId = offering.value();
        this.position = position;
        this.file = file;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public long id() {
        return id;
    }

    public OfferingId offering() {
        return new OfferingId(offeringId);
    }

    public int position() {
        return position;
    }

    public StoredFileRef file() {
        return file;
    }

    @Override
    public String auditName() {
        return "offering-image:" + id;
    }
}
