package org.linli.tenants.volunteering;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.Query;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Volunteer hours for the organiser's scope (an organisation's own activities, or all of the tenant's for operators):
 * per volunteer, per activity and per month of a year, counting credited activities only — the minutes the ledger
 * holds, as kept on each sign-up while its credit stands. The year runs on Beijing time, by the activity's start.
 */
@ApplicationService
public class VolunteerHours {
    /** A year of one tenant's credited activities, read to sum them per month. */
    static final int MAX_ACTIVITIES_PER_YEAR = 20_000;

    private static final String CREDITED = "from SignUp s, Activity a where s.activityId = a.id"
            + " and a.status = :credited and s.creditedMinutes > 0 and a.startsAt >= :from and a.startsAt < :to";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Organisers organisers;

    @Inject
    VolunteerNames names;

    /** One volunteer's year: name as the caller may see it, activities credited, minutes. */
    public record VolunteerRow(ResidentId resident, String name, long activities, long minutes) {
    }

    /** One credited activity's attendees and minutes. */
    public record ActivityRow(ActivityId activity, String title, Instant startsAt, long attendees, long minutes) {
    }

    /** Minutes credited in one month (1–12). */
    public record MonthRow(int month, long minutes) {
    }

    /** A page of volunteers with their credited minutes in {@code year}, by resident. */
    @Query
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public Page<VolunteerRow> byVolunteer(int year, PageRequest page) {
        Organisers.Scope scope = organisers.scope();
        String where = CREDITED + scoped(scope);
        long total = bind(em.createQuery("select count(distinct s.residentId) " + where, Long.class), year, scope)
                .getSingleResult();
        List<Object[]> rows = bind(em.createQuery("select s.residentId, count(s), sum(s.creditedMinutes) " + where
                        + " group by s.residentId order by s.residentId", Object[].class), year, scope)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, String> shown = names.of(rows.stream().map(r -> new ResidentId((Long) r[0])).toList());
        List<VolunteerRow> items = new ArrayList<>();
        for (Object[] r : rows) {
            long resident = (Long) r[0];
            items.add(new VolunteerRow(new ResidentId(resident), shown.get(resident), number(r[1]), number(r[2])));
        }
        return Page.of(items, total, page);
    }

    /** A page of credited activities of {@code year}, latest first. */
    @Query
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public Page<ActivityRow> byActivity(int year, PageRequest page) {
        Organisers.Scope scope = organisers.scope();
        String where = CREDITED + scoped(scope);
        long total = bind(em.createQuery("select count(distinct a.id) " + where, Long.class), year, scope)
                .getSingleResult();
        List<Object[]> rows = bind(em.createQuery("select a.id, a.title, a.startsAt, count(s), sum(s.creditedMinutes) "
                        + where + " group by a.id, a.title, a.startsAt order by a.startsAt desc, a.id desc",
                Object[].class), year, scope).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        List<ActivityRow> items = rows.stream().map(r -> new ActivityRow(new ActivityId((Long) r[0]), (String) r[1],
                (Instant) r[2], number(r[3]), number(r[4]))).toList();
        return Page.of(items, total, page);
    }

    /** The twelve months of {@code year} with the minutes credited for activities starting in each. */
    @Query
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public List<MonthRow> byMonth(int year) {
        Organisers.Scope scope = organisers.scope();
        List<Object[]> rows = bind(em.createQuery("select a.startsAt, sum(s.creditedMinutes) " + CREDITED
                + scoped(scope) + " group by a.id, a.startsAt", Object[].class), year, scope)
                .setMaxResults(MAX_ACTIVITIES_PER_YEAR).getResultList();
        long[] months = new long[12];
        for (Object[] r : rows) {
            months[((Instant) r[0]).atZone(ChinaTime.ZONE).getMonthValue() - 1] += number(r[1]);
        }
        List<MonthRow> result = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            result.add(new MonthRow(m + 1, months[m]));
        }
        return result;
    }

    private static String scoped(Organisers.Scope scope) {
        return scope.everything() ? "" : " and a.organiserId = :organiser";
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, int year, Organisers.Scope scope) {
        TenantContext.require();
        int bounded = Math.max(2000, Math.min(year, 9998));
        query.setParameter("credited", ActivityStatus.CREDITED)
                .setParameter("from", LocalDate.of(bounded, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant())
                .setParameter("to", LocalDate.of(bounded + 1, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant());
        if (!scope.everything()) {
            query.setParameter("organiser", scope.organisation());
        }
        return query;
    }

    /** Sums come back as Long or BigDecimal depending on the database. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
