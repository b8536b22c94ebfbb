package org.linli.tenants.registry.structure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.grids.GridScope;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A home (房屋) and the household living in it. It carries its community, building and grid so that lists filter
 * and grid workers are scoped without joins; its address reads {@code 小区 楼栋 单元 房号}.
 *
 * <p>Lifecycle: {@code ACTIVE}; {@code INACTIVE} when nobody lives there any more; {@code MERGED} into another
 * household, which then holds its residents and vehicles. Nothing is deleted: the registry keeps its history.
 */
@Entity
@Table(name = "household")
@AdditionalCriteria(GridScope.CRITERIA)
public class Household extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "building_id", nullable = false)
    private long buildingId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "grid_id")
    private Long gridId;

    @Column(name = "room", nullable = false, length = 20)
    private String room;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "floor_area", precision = 8, scale = 2)
    private BigDecimal floorArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private HouseholdStatus status;

    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "import_batch")
    private Long importBatch;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Household() {
    }

    public Household(BuildingUnit unit, Building building, Community community, String room, BigDecimal floorArea,
                     Instant createdAt) {
        this.unitId = unit.id().value();
        this.buildingId = building.id().value();
        this.communityId = community.id().value();
        this.gridId = building.gridId();
        this.room = room;
        this.address = String.join(" ", community.name(), building.name(), unit.name(), room);
        this.floorArea = floorArea;
        this.status = HouseholdStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    /** The import that wrote the household, so that a failed import takes its rows back. */
    public void importedIn(long batch) {
        this.importBatch = batch;
    }

    public void changeFloorArea(BigDecimal area) {
        this.floorArea = area;
    }

    void deactivate() {
        if (status != HouseholdStatus.ACTIVE) {
            throw DomainException.invalidTransition(status, "deactivate");
        }
        status = HouseholdStatus.INACTIVE;
    }

    void mergeInto(Household target) {
        if (status != HouseholdStatus.ACTIVE || target.status != HouseholdStatus.ACTIVE || target.id.equals(id)) {
            throw DomainException.invalidTransition(status, "merge");
        }
        status = HouseholdStatus.MERGED;
        mergedInto = target.id;
    }

    public HouseholdId id() {
        return new HouseholdId(id);
    }

    public UnitId unit() {
        return new UnitId(unitId);
    }

    public BuildingId building() {
        return new BuildingId(buildingId);
    }

    public CommunityId community() {
        return new CommunityId(communityId);
    }

    public Long gridId() {
        return gridId;
    }

    public String room() {
        return room;
    }

    public String address() {
        return address;
    }

    public BigDecimal floorArea() {
        return floorArea;
    }

    public HouseholdStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == HouseholdStatus.ACTIVE;
    }

    public Long mergedInto() {
        return mergedInto;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
