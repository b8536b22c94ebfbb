package org.linli.tenants.registry.grids;

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

/** A management area (网格): a group of buildings that grid workers look after. */
@Entity
@Table(name = "grid")
public class Grid extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grid_seq")
    @SequenceGenerator(name = "grid_seq", sequenceName = "grid_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Grid() {
    }

    Grid(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    void rename(String newName) {
        this.name = newName;
    }

    public GridId id() {
        return new GridId(id);
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
