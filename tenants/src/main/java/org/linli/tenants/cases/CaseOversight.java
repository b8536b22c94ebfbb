package org.linli.tenants.cases;

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
 * The cases' figures for supervisors, per category, of the cases reported in the month: the same measures as
 * {@link CaseFigures} (volume, resolved on time, satisfaction) plus those that went overdue and those escalated to
 * the supervising district — counted by the database in one grouped query rather than case by case.
 */
@ApplicationService
public class CaseOversight implements OversightSource {

    static final String SECTION = "cases";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Override
    @Query
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public List<Figure> figures(YearMonth month) {
        MonthPeriod period = MonthPeriod.of(month);
        Map<Long, String> names = em.createQuery("select c.id, c.name from CaseCategory c", Object[].class)
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        List<Object[]> rows = em.createQuery("select c.categoryId, count(c),"
                        + " sum(case when c.resolvedAt is not null then 1 else 0 end),"
                        + " sum(case when c.resolvedAt is not null and c.resolvedAt <= c.resolveDue then 1 else 0 end),"
                        + " count(c.rating), sum(c.rating),"
                        + " sum(case when c.overdueAt is not null then 1 else 0 end),"
                        + " sum(case when c.districtEscalatedAt is not null then 1 else 0 end)"
                        + " from CivicCase c where c.reportedAt >= :from and c.reportedAt < :to"
                        + " group by c.categoryId order by c.categoryId", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
        List<Figure> figures = new ArrayList<>();
        for (Object[] row : rows) {
            long category = ((Number) row[0]).longValue();
            String key = Long.toString(category);
            String name = names.getOrDefault(category, "#" + category);
            long resolved = number(row[2]);
            figures.add(Figure.of(SECTION, key, name, "volume", Unit.COUNT, number(row[1])));
            figures.add(Figure.of(SECTION, key, name, "resolved", Unit.COUNT, resolved));
            figures.add(Figure.ratio(SECTION, key, name, "onTime", Unit.SHARE, number(row[3]), resolved));
            figures.add(Figure.ratio(SECTION, key, name, "satisfaction", Unit.AVERAGE, number(row[5]),
                    number(row[4])));
            figures.add(Figure.of(SECTION, key, name, "overdue", Unit.COUNT, number(row[6])));
            figures.add(Figure.of(SECTION, key, name, "escalated", Unit.COUNT, number(row[7])));
        }
        return figures;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
