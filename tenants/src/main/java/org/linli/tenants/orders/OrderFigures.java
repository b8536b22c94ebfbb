package org.linli.tenants.orders;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.modules.Module;
import org.linli.tenants.oversight.Figure;
import org.linli.tenants.oversight.MonthPeriod;
import org.linli.tenants.oversight.OversightSource;
import org.linli.tenants.oversight.Unit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Service orders' figures for supervisors, per module: the orders placed in the month, of them those completed or
 * cancelled, and the complaints filed in the month — counted by the database, never order by order.
 */
@ApplicationService
public class OrderFigures implements OversightSource {

    static final String SECTION = "orders";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Override
    @Query
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public List<Figure> figures(YearMonth month) {
        MonthPeriod period = MonthPeriod.of(month);
        Map<Module, long[]> byModule = new EnumMap<>(Module.class);
        em.createQuery("select o.module, count(o),"
                        + " sum(case when o.status = org.linli.tenants.orders.OrderStatus.COMPLETED then 1 else 0 end)"
                        + " from ServiceOrder o where o.placedAt >= :from and o.placedAt < :to group by o.module",
                        Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList()
                .forEach(r -> {
                    long[] counts = byModule.computeIfAbsent((Module) r[0], m -> new long[3]);
                    counts[0] = number(r[1]);
                    counts[1] = number(r[2]);
                });
        em.createQuery("select o.module, count(c) from Complaint c, ServiceOrder o where c.orderId = o.id"
                        + " and c.createdAt >= :from and c.createdAt < :to group by o.module", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList()
                .forEach(r -> byModule.computeIfAbsent((Module) r[0], m -> new long[3])[2] = number(r[1]));
        List<Figure> figures = new ArrayList<>();
        byModule.forEach((module, counts) -> {
            String key = module.name();
            figures.add(Figure.of(SECTION, key, null, "placed", Unit.COUNT, counts[0]));
            figures.add(Figure.of(SECTION, key, null, "completed", Unit.COUNT, counts[1]));
            figures.add(Figure.of(SECTION, key, null, "complaints", Unit.COUNT, counts[2]));
        });
        return figures;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
