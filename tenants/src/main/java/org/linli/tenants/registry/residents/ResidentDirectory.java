package org.linli.tenants.registry.residents;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.crypto.PersonalDataVault;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.privacy.DataAccess;
import org.linli.tenants.registry.RegistryEvent;
import org.linli.tenants.registry.grids.GridId;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.HouseholdId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading the registry: the resident search and counts for staff, one resident with their history and who saw their
 * data, and a signed-in resident's own entry, which every module serves a resident by. What a caller sees is masked
 * by their privacy policy ({@link ResidentRecord}); changes go through {@link ResidentService}.
 */
@ApplicationService
public class ResidentDirectory {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    PersonalDataVault vault;

    @Inject
    ResidentRecords records;

    /** Filters for the resident search; every part is optional. {@code text}: a name part, a mobile or ID number. */
    public record ResidentFilter(String text, CommunityId community, Long grid, Tag tag, ResidentStatus status,
                                 HouseholdId household) {

        public static ResidentFilter all() {
            return new ResidentFilter(null, null, null, null, null, null);
        }
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<ResidentRecord> search(ResidentFilter filter, PageRequest page) {
        TenantContext.require();
        PagedQuery<Resident> query = PagedQuery.of(em, Resident.class, "r");
        String text = filter.text() == null ? "" : filter.text().trim();
        Optional<String> mobile = ContactRules.mobile(text);
        Optional<String> idNumber = IdNumber.normalise(text);
        if (mobile.isPresent()) {
            query.filter("r.mobileIndex = :mobile", "mobile", vault.index(mobile.get()));
        } else if (idNumber.isPresent()) {
            query.filter("r.idNumberIndex = :idNumber", "idNumber", vault.index(idNumber.get()));
        } else {
            query.filter("r.name like :name", "name", text.isEmpty() ? null : "%" + text + "%");
        }
        Page<Resident> found = query
                .filter("r.communityId = :community", "community",
                        filter.community() == null ? null : filter.community().value())
                .filter("r.gridId = :grid", "grid", filter.grid())
                .filter("r.householdId = :household", "household",
                        filter.household() == null ? null : filter.household().value())
                .filter("r.status = :status", "status", filter.status())
                .filter("exists (select t.id from ResidentTag t where t.residentId = r.id and t.tag = :tag)", "tag",
                        filter.tag())
                .page("r.name, r.id", page);
        return Page.of(records.of(found.items()), found.total(), page);
    }

    /** How many active residents match the target, per grid (null: not in a grid), e.g. for completion rates. */
    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Map<Long, Long> countByGrid(CommunityId community, GridId grid, Tag tag) {
        TenantContext.require();
        StringBuilder jpql = new StringBuilder("select r.gridId, count(r) from Resident r where r.status = :active");
        if (community != null) {
            jpql.append(" and r.communityId = :community");
        }
        if (grid != null) {
            jpql.append(" and r.gridId = :grid");
        }
        if (tag != null) {
            jpql.append(" and exists (select t.id from ResidentTag t where t.residentId = r.id and t.tag = :tag)");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql + " group by r.gridId", Object[].class)
                .setParameter("active", ResidentStatus.ACTIVE);
        if (community != null) {
            query.setParameter("community", community.value());
        }
        if (grid != null) {
            query.setParameter("grid", grid.value());
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public ResidentRecord get(ResidentId id) {
        return records.of(records.find(id));
    }

    /** A page of who has revealed this resident's sealed values, newest first. */
    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<DataAccess> accesses(ResidentId id, PageRequest page) {
        records.find(id);
        return accessesOf(id.value(), page);
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<RegistryEvent> history(ResidentId id, PageRequest page) {
        records.find(id);
        return PagedQuery.of(em, RegistryEvent.class, "e").filter("e.residentId = :resident", "resident", id.value())
                .page("e.occurredAt, e.id", page);
    }

    /**
     * The caller's own registry entry once an operator has verified it: what every module serves a resident by
     * (their household's parcels, care, orders, forms). A self-registered resident awaiting the check has none yet.
     */
    @Query
    @RequiresPermission(Permissions.SELF_READ)
    public Optional<ResidentRecord> mine() {
        return own().filter(resident -> resident.status() == ResidentStatus.ACTIVE)
                .map(records::forSelf);
    }

    /** The caller's verified entry, or 409 {@code resident_pending} / {@code resident_not_registered}. */
    @Query
    @RequiresPermission(Permissions.SELF_READ)
    public ResidentRecord me() {
        Resident resident = own().orElseThrow(() -> DomainException.conflict("resident_not_registered"));
        if (resident.status() != ResidentStatus.ACTIVE) {
            throw DomainException.conflict(resident.status() == ResidentStatus.PENDING ? "resident_pending"
                    : "resident_not_registered");
        }
        return records.forSelf(resident);
    }

    /** The caller's own registry entry in whatever state, so that a resident awaiting the check can see it. */
    @Query
    @RequiresPermission(Permissions.SELF_READ)
    public Optional<ResidentRecord> registration() {
        return own().map(records::forSelf);
    }

    /** "Who saw my data": a page of the full reads of the caller's own sealed values, newest first. */
    @Query
    @RequiresPermission(Permissions.SELF_READ)
    public Page<DataAccess> whoSawMyData(PageRequest page) {
        return own().map(resident -> accessesOf(resident.id().value(), page))
                .orElseGet(() -> Page.of(List.of(), 0, page));
    }

    private Page<DataAccess> accessesOf(long resident, PageRequest page) {
        return PagedQuery.of(em, DataAccess.class, "a").filter("a.residentId = :resident", "resident", resident)
                .page("a.accessedAt desc, a.id desc", page);
    }

    private Optional<Resident> own() {
        TenantContext.require();
        long account = CurrentUser.require().accountId();
        return em.createQuery("select r from Resident r where r.userAccountId = :account", Resident.class)
                .setParameter("account", account).getResultStream().findFirst();
    }
}
