package org.linli.tenants.registry.structure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/** A neighbourhood or estate (社区/小区) of the tenant; the root of the registry's structure. */
@Entity
@Table(name = "community")
public class Community extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "community_seq")
    @SequenceGenerator(name = "community_seq", sequenceName = "community_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Community() {
    }

    public Community(String name, String address, Instant createdAt) {
        this.name = name;
        this.address = address;
        this.createdAt = createdAt;
    }

    void rename(String newName, String newAddress) {
        this.name = newName;
        this.address = newAddress;
    }

    public CommunityId id() {
        return new CommunityId(id);
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
