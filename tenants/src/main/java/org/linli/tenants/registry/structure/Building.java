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

/** A building (楼栋) of a community. It belongs to at most one grid; its households follow that grid. */
@Entity
@Table(name = "building")
public class Building extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "building_seq")
    @SequenceGenerator(name = "building_seq", sequenceName = "building_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Column(name = "grid_id")
    private Long gridId;

    protected Building() {
    }

    public Building(CommunityId community, String name) {
        this.communityId = community.value();
        this.name = name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** Puts the building into a grid (or none); the grid service calls this and moves its households along. */
    public void assignGrid(Long grid) {
        this.gridId = grid;
    }

    public BuildingId id() {
        return new BuildingId(id);
    }

    public CommunityId community() {
        return new CommunityId(communityId);
    }

    public String name() {
        return name;
    }

    public Long gridId() {
        return gridId;
    }
}
