package org.linli.tenants.registry.residents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

/** One tag of a resident; a resident has each tag at most once. */
@Entity
@Table(name = "resident_tag")
public class ResidentTag extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_tag_seq")
    @SequenceGenerator(name = "resident_tag_seq", sequenceName = "resident_tag_seq", allocationSize = 50)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "tag", nullable = false, length = 30)
    private Tag tag;

    protected ResidentTag() {
    }

    public ResidentTag(ResidentId resident, Tag tag) {
        this.residentId = resident.value();
        this.tag = tag;
    }

    public long residentId() {
        return residentId;
    }

    public Tag tag() {
        return tag;
    }
}
