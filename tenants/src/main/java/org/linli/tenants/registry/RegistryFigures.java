package org.linli.tenants.registry;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.oversight.Figure;
import org.linli.tenants.oversight.MonthPeriod;
import org.linli.tenants.oversight.OversightSource;
import org.linli.tenants.oversight.Unit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registry's figures for supervisors, per community: active residents and households, residents registered in
 * the month, households of one resident, and residents tagged as elders living alone. Birth dates are sealed
 * (encrypted) personal data, so no age is computed here: the elders are those the grid workers tagged
 * {@link Tag#ELDERLY_ALONE}, not an age band.
 */
@ApplicationService
public class RegistryFigures implements OversightSource {

    static final String SECTION = "registry";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Override
    @Query
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public List<Figure> figures(YearMonth month) {
        MonthPeriod period = MonthPeriod.of(month);
        Map<Long, String> communities = OversightSource.communityNames(em);
        Map<Long, Long> residents = counts("select r.communityId, count(r) from Resident r"
                + " where r.status = org.linli.tenants.registry.residents.ResidentStatus.ACTIVE"
                + " group by r.communityId", null);
        Map<Long, Long> households = counts("select h.communityId, count(h) from Household h"
                + " where h.status = org.linli.tenants.registry.structure.HouseholdStatus.ACTIVE"
                + " group by h.communityId", null);
        Map<Long, Long> registered = counts("select r.communityId, count(r) from Resident r"
                + " where r.createdAt >= :from and r.createdAt < :to group by r.communityId", period);
        Map<Long, Long> alone = counts("select h.communityId, count(h) from Household h"
                + " where h.status = org.linli.tenants.registry.structure.HouseholdStatus.ACTIVE"
                + " and (select count(r) from Resident r where r.householdId = h.id"
                + " and r.status = org.linli.tenants.registry.residents.ResidentStatus.ACTIVE) = 1"
                + " group by h.communityId", null);
        Map<Long, Long> elders = counts("select r.communityId, count(distinct r.id) from Resident r, ResidentTag t"
                + " where t.residentId = r.id and t.tag = org.linli.tenants.registry.residents.Tag.ELDERLY_ALONE"
                + " and r.status = org.linli.tenants.registry.residents.ResidentStatus.ACTIVE"
                + " group by r.communityId", null);
        List<Figure> figures = new ArrayList<>();
        communities.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(community -> {
            long id = community.getKey();
            String key = Long.toString(id);
            String name = community.getValue();
            figures.add(Figure.of(SECTION, key, name, "residents", Unit.PERSONS, residents.getOrDefault(id, 0L)));
            figures.add(Figure.of(SECTION, key, name, "households", Unit.HOUSEHOLDS, households.getOrDefault(id, 0L)));
            figures.add(Figure.of(SECTION, key, name, "registered", Unit.PERSONS, registered.getOrDefault(id, 0L)));
            figures.add(Figure.of(SECTION, key, name, "livingAlone", Unit.HOUSEHOLDS, alone.getOrDefault(id, 0L)));
            figures.add(Figure.of(SECTION, key, name, "eldersAlone", Unit.PERSONS, elders.getOrDefault(id, 0L)));
        });
        return figures;
    }

    private Map<Long, Long> counts(String jpql, MonthPeriod period) {
        var query = em.createQuery(jpql, Object[].class);
        if (period != null) {
            query.setParameter("from", period.from()).setParameter("to", period.to());
        }
        return query.getResultList().stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }
}
