package org.linli.tenants.eldercare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A family member (家属) of an elder, both registered residents, possibly in different households. The family member
 * may book care for the elder, follows their care plans and visit reports, and is alerted to missed visits.
 */
@Entity
@Table(name = "family_link")
public class FamilyLink extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_link_seq")
    @SequenceGenerator(name = "family_link_seq", sequenceName = "family_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "elder_id", nullable = false)
    private long elderId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "relation", nullable = false, length = 20)
    private String relation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FamilyLink() {
    }

    FamilyLink(long elderId, long familyId, String relation, Instant createdAt) {
        this.elderId = elderId;
        this.familyId = familyId;
        this.relation = relation;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public long elderId() {
        return elderId;
    }

    public long familyId() {
        return familyId;
    }

    public String relation() {
        return relation;
    }
}
