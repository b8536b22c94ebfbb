package org.linli.tenants.devices;

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
import java.util.TreeMap;

/**
 * Devices' figures for supervisors, per community: the alerts raised in the month (by when their first event
 * came), how handlers labelled them and the false-positive rate of those labelled (an alert nobody judged says
 * nothing, as in {@link LabelFigures}); and, as of now, the devices in service, of them those reporting and those
 * gone silent; and the elders living alone whose still home raised a no-activity alert in the month, and those of
 * them for whom it became a case (persons, so small counts are hidden). Only communities with a device or an alert
 * have a row.
 */
@ApplicationService
public class DeviceFigures implements OversightSource {

    static final String SECTION = "devices";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Override
    @Query
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public List<Figure> figures(YearMonth month) {
        MonthPeriod period = MonthPeriod.of(month);
        Map<Long, long[]> byCommunity = new TreeMap<>();
        em.createQuery("select a.communityId, count(a),"
                        + " sum(case when a.label = :truePositive then 1 else 0 end),"
                        + " sum(case when a.label = :falsePositive then 1 else 0 end)"
                        + " from DeviceAlert a where a.firstAt >= :from and a.firstAt < :to"
                        + " group by a.communityId", Object[].class)
                .setParameter("truePositive", AlertLabel.TRUE_POSITIVE)
                .setParameter("falsePositive", AlertLabel.FALSE_POSITIVE)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList()
                .forEach(r -> {
                    long[] counts = byCommunity.computeIfAbsent(number(r[0]), c -> new long[8]);
                    counts[0] = number(r[1]);
                    counts[1] = number(r[2]);
                    counts[2] = number(r[3]);
                });
        em.createQuery("select d.communityId,"
                        + " sum(case when d.state <> org.linli.tenants.devices.DeviceState.RETIRED then 1 else 0 end),"
                        + " sum(case when d.state = org.linli.tenants.devices.DeviceState.ACTIVE then 1 else 0 end),"
                        + " sum(case when d.state = org.linli.tenants.devices.DeviceState.OFFLINE then 1 else 0 end)"
                        + " from Device d group by d.communityId", Object[].class)
                .getResultList().forEach(r -> {
                    long[] counts = byCommunity.computeIfAbsent(number(r[0]), c -> new long[8]);
                    counts[3] = number(r[1]);
                    counts[4] = number(r[2]);
                    counts[5] = number(r[3]);
                });
        concerned("select c.communityId, count(distinct c.elderId) from ActivityConcern c"
                + " where c.raisedAt >= :from and c.raisedAt < :to group by c.communityId", period, byCommunity, 6);
        concerned("select c.communityId, count(distinct c.elderId) from ActivityConcern c"
                + " where c.raisedAt >= :from and c.raisedAt < :to and c.caseId is not null group by c.communityId",
                period, byCommunity, 7);
        Map<Long, String> names = OversightSource.communityNames(em);
        List<Figure> figures = new ArrayList<>();
        byCommunity.forEach((community, counts) -> {
            String key = Long.toString(community);
            String name = names.getOrDefault(community, "#" + community);
            figures.add(Figure.of(SECTION, key, name, "alerts", Unit.COUNT, counts[0]));
            figures.add(Figure.of(SECTION, key, name, "truePositives", Unit.COUNT, counts[1]));
            figures.add(Figure.of(SECTION, key, name, "falsePositives", Unit.COUNT, counts[2]));
            figures.add(Figure.ratio(SECTION, key, name, "falsePositiveRate", Unit.SHARE, counts[2],
                    counts[1] + counts[2]));
            figures.add(Figure.of(SECTION, key, name, "devices", Unit.COUNT, counts[3]));
            figures.add(Figure.of(SECTION, key, name, "active", Unit.COUNT, counts[4]));
            figures.add(Figure.of(SECTION, key, name, "offline", Unit.COUNT, counts[5]));
            figures.add(Figure.of(SECTION, key, name, "eldersAlerted", Unit.PERSONS, counts[6]));
            figures.add(Figure.of(SECTION, key, name, "eldersEscalated", Unit.PERSONS, counts[7]));
        });
        return figures;
    }

    private void concerned(String jpql, MonthPeriod period, Map<Long, long[]> byCommunity, int column) {
        em.createQuery(jpql, Object[].class).setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList().forEach(r -> byCommunity.computeIfAbsent(number(r[0]), c -> new long[8])[column]
                        = number(r[1]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
