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

/** An entrance or unit (单元) of a building. */
@Entity
@Table(name = "building_unit")
public class BuildingUnit extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "building_unit_seq")
    @SequenceGenerator(name = "building_unit_seq", sequenceName = "building_unit_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "building_id", nullable = false)
    private long buildingId;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    protected BuildingUnit() {
    }

    public BuildingUnit(BuildingId building, String name) {
        this.buildingId = building.value();
        this.name = name;
    }

    public UnitId id() {
        return new UnitId(id);
    }

    public BuildingId building() {
        return new BuildingId(buildingId);
    }

    public String name() {
        return name;
    }
}
