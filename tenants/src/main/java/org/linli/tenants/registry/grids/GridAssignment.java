package org.linli.tenants.registry.grids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

/** A grid worker (an operator of the tenant) assigned to a grid. */
@Entity
@Table(name = "grid_assignment")
public class GridAssignment extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grid_assignment_seq")
    @SequenceGenerator(name = "grid_assignment_seq", sequenceName = "grid_assignment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "grid_id", nullable = false)
    private long gridId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    protected GridAssignment() {
    }

    GridAssignment(GridId grid, long userId) {
        this.gridId = grid.value();
        this.userId = userId;
    }

    public GridId grid() {
        return new GridId(gridId);
    }

    public long userId() {
        return userId;
    }
}
