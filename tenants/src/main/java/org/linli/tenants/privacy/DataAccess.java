package org.linli.tenants.privacy;

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

import java.time.Instant;

/**
 * One full read of a resident's sealed value: who, in which role, which field, why and when. Residents see these
 * entries about themselves ("who saw my data"). Append-only.
 */
@Entity
@Table(name = "data_access")
public class DataAccess extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_access_seq")
    @SequenceGenerator(name = "data_access_seq", sequenceName = "data_access_seq", allocationSize = 50)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 30)
    private PersonalField field;

    @Column(name = "purpose", nullable = false, length = 200)
    private String purpose;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_role", length = 40)
    private String actorRole;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    protected DataAccess() {
    }

    public DataAccess(long residentId, PersonalField field, String purpose, String actor, String actorRole,
                      Instant accessedAt) {
        this.residentId = residentId;
        this.field = field;
        this.purpose = purpose;
        this.actor = actor;
        this.actorRole = actorRole;
        this.accessedAt = accessedAt;
    }

    public long residentId() {
        return residentId;
    }

    public PersonalField field() {
        return field;
    }

    public String purpose() {
        return purpose;
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public Instant accessedAt() {
        return accessedAt;
    }
}
