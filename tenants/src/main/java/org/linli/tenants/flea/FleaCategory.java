package org.linli.tenants.flea;

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
 * One entry of a tenant's category list, in both languages. A {@code FORBIDDEN} category exists so that a seller
 * who picks it is told why the listing is refused. Tenants start with {@link #DEFAULTS}.
 */
@Entity
@Table(name = "flea_category")
public class FleaCategory extends TenantOwned {

    /** The list a tenant starts with: name, English name, use. */
    static final List<String[]> DEFAULTS = List.of(
            new String[]{"家具家居", "Furniture & home", "ALLOWED"},
            new String[]{"数码电器", "Electronics", "ALLOWED"},
            new String[]{"母婴童书", "Baby & children", "ALLOWED"},
            new String[]{"图书文具", "Books & stationery", "ALLOWED"},
            new String[]{"服饰鞋包", "Clothes & bags", "ALLOWED"},
            new String[]{"运动户外", "Sports & outdoors", "ALLOWED"},
            new String[]{"其他", "Other", "ALLOWED"},
            new String[]{"药品医疗器械", "Medicines & medical devices", "FORBIDDEN"},
            new String[]{"活体动物", "Live animals", "FORBIDDEN"},
            new String[]{"管制刀具", "Controlled knives & weapons", "FORBIDDEN"});

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flea_category_seq")
    @SequenceGenerator(name = "flea_category_seq", sequenceName = "flea_category_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "name_en", nullable = false, length = 40)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "category_use", nullable = false, length = 20)
    private CategoryUse use;

    @Column(name = "position", nullable = false)
    private int position;

    protected FleaCategory() {
    }

    public FleaCategory(ListingCommands.CategoryDetails details) {
        change(details);
    }

    public void change(ListingCommands.CategoryDetails details) {
        this.name = details.name().strip();
        this.nameEn = details.nameEn().strip();
        this.use = details.forbidden() ? CategoryUse.FORBIDDEN : CategoryUse.ALLOWED;
        this.position = details.position();
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public CategoryUse use() {
        return use;
    }

    public int position() {
        return position;
    }
}
