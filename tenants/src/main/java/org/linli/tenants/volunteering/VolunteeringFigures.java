package org.linli.tenants.volunteering;

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
import java.util.List;

/**
 * Volunteering's figures for supervisors, for the whole tenant, of the activities that started in the month: the
 * volunteer time credited, the volunteers credited (each counted once, however many activities they served) and
 * the activities that credited anyone.
 */
@ApplicationService
public class VolunteeringFigures implements OversightSource {

    static final String SECTION = "volunteering";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Override
    @Query
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public List<Figure> figures(YearMonth month) {
        MonthPeriod period = MonthPeriod.of(month);
        Object[] row = em.createQuery("select sum(s.creditedMinutes), count(distinct s.residentId),"
                        + " count(distinct s.activityId) from SignUp s, Activity a where s.activityId = a.id"
                        + " and s.creditedMinutes is not null and s.creditedMinutes > 0"
                        + " and a.startsAt >= :from and a.startsAt < :to", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult();
        return List.of(
                Figure.of(SECTION, Figure.WHOLE, null, "minutes", Unit.MINUTES, number(row[0])),
                Figure.of(SECTION, Figure.WHOLE, null, "volunteers", Unit.PERSONS, number(row[1])),
                Figure.of(SECTION, Figure.WHOLE, null, "activities", Unit.COUNT, number(row[2])));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
