package org.linli.tenants.cases;

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

import java.util.List;

/**
 * A node of the tenant's category tree (a top category or one under it), in both languages, with its SLA in working
 * minutes: to accept a case and to resolve it. Categories are deactivated, never deleted, so past cases keep them.
 * Tenants start with {@link #DEFAULTS}.
 */
@Entity
@Table(name = "case_category")
public class CaseCategory extends TenantOwned {

    /** What a tenant starts with: name, English name, minutes to accept, minutes to resolve, parent's name. */
    static final List<Object[]> DEFAULTS = List.of(
            new Object[]{"公共照明", "Public lighting", 120L, 960L, null},
            new Object[]{"消防通道", "Fire lanes", 30L, 240L, null},
            new Object[]{"环境卫生", "Sanitation", 120L, 960L, null},
            new Object[]{"设施报修", "Facility repairs", 240L, 1620L, null},
            new Object[]{"电梯故障", "Lift faults", 30L, 480L, "设施报修"},
            new Object[]{"给排水", "Water and drains", 60L, 960L, "设施报修"},
            new Object[]{"噪音扰民", "Noise", 60L, 480L, null},
            new Object[]{"其他", "Other", 240L, 2700L, null});

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_category_seq")
    @SequenceGenerator(name = "case_category_seq", sequenceName = "case_category_seq", allocationSize = 50)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn;

    @Column(name = "accept_minutes", nullable = false)
    private long acceptMinutes;

    @Column(name = "resolve_minutes", nullable = false)
    private long resolveMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CategoryStatus status;

    @Column(name = "position", nullable = false)
    private int position;

    protected CaseCategory() {
    }

    CaseCategory(Long parentId, CaseCommands.CategoryDetails details) {
        this.parentId = parentId;
        this.status = CategoryStatus.ACTIVE;
        change(details);
    }

    void change(CaseCommands.CategoryDetails details) {
        this.name = details.name().strip();
        this.nameEn = details.nameEn().strip();
        this.acceptMinutes = details.acceptMinutes();
        this.resolveMinutes = details.resolveMinutes();
        this.position = details.position();
        this.status = details.active() ? CategoryStatus.ACTIVE : CategoryStatus.INACTIVE;
    }

    public long id() {
        return id;
    }

    public Long parentId() {
        return parentId;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public long acceptMinutes() {
        return acceptMinutes;
    }

    public long resolveMinutes() {
        return resolveMinutes;
    }

    public boolean isActive() {
        return status == CategoryStatus.ACTIVE;
    }

    public int position() {
        return position;
    }
}
