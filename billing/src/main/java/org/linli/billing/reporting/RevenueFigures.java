package org.linli.billing.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.billing.commission.Party;
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
 * Revenue for supervisors, per module, of the month: what residents paid net of refunds and the orders it paid
 * for, read from the split lines as finance's {@link RevenueReport} reads them (an ad booking is an ADS order).
 * With each module go the counts of who made the money up — distinct providers and distinct paying residents of
 * an order module, distinct advertisers of ADS — which are never shown: fewer than five of either hide the
 * module's money, so that no provider's takings nor a resident's spending can be read off it.
 */
@ApplicationService
public class RevenueFigures implements OversightSource {

    static final String SECTION = "revenue";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Override
    @Query
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public List<Figure> figures(YearMonth month) {
        MonthPeriod period = MonthPeriod.of(month);
        String inMonth = " l.splitAt >= :from and l.splitAt < :to";
        // Lines written before orders kept their module count as BASIC, as in the finance report.
        Map<Module, long[]> byModule = new EnumMap<>(Module.class);
        rows("select l.module, sum(l.amountFen - l.refundedFen), count(distinct l.orderId) from SplitLine l"
                + " where" + inMonth + " group by l.module", period).forEach(r -> {
                    long[] sums = byModule.computeIfAbsent(module(r[0]), m -> new long[4]);
                    sums[0] += number(r[1]);
                    sums[1] += number(r[2]);
                });
        // Where old lines and BASIC ones meet, the larger of their two distinct counts is still no more than the
        // distinct count over both: the guard stays on the safe side.
        rows("select l.module, count(distinct l.account) from SplitLine l where l.party = :provider and" + inMonth
                + " group by l.module", period, "provider", Party.PROVIDER)
                .forEach(r -> merge(byModule, r, 2));
        rows("select l.module, count(distinct o.residentId) from SplitLine l, ServiceOrder o where o.id = l.orderId"
                + " and" + inMonth + " group by l.module", period)
                .forEach(r -> merge(byModule, r, 3));
        List<Figure> figures = new ArrayList<>();
        byModule.forEach((module, sums) -> {
            String key = module.name();
            figures.add(Figure.of(SECTION, key, null, "revenue", Unit.FEN, sums[0]));
            figures.add(Figure.of(SECTION, key, null, "orders", Unit.COUNT, sums[1]));
            if (sums[2] > 0) {
                // Money no provider takes a part of is nobody's takings: its payers alone guard it.
                figures.add(Figure.of(SECTION, key, null, "providers", Unit.CONTRIBUTORS, sums[2]));
            }
            figures.add(Figure.of(SECTION, key, null, "payers", Unit.CONTRIBUTORS, sums[3]));
        });
        Object[] ads = rows("select sum(l.amountFen - l.refundedFen), count(distinct l.bookingId),"
                + " count(distinct b.advertiserId) from AdSplitLine l, AdBooking b where b.id = l.bookingId"
                + " and" + inMonth, period).get(0);
        if (number(ads[1]) > 0) {
            String key = Module.ADS.name();
            figures.add(Figure.of(SECTION, key, null, "revenue", Unit.FEN, number(ads[0])));
            figures.add(Figure.of(SECTION, key, null, "orders", Unit.COUNT, number(ads[1])));
            figures.add(Figure.of(SECTION, key, null, "payers", Unit.CONTRIBUTORS, number(ads[2])));
        }
        return figures;
    }

    private List<Object[]> rows(String jpql, MonthPeriod period, Object... named) {
        var query = em.createQuery(jpql, Object[].class).setParameter("from", period.from())
                .setParameter("to", period.to());
        for (int i = 0; i < named.length; i += 2) {
            query.setParameter((String) named[i], named[i + 1]);
        }
        return query.getResultList();
    }

    private static void merge(Map<Module, long[]> byModule, Object[] row, int at) {
        long[] sums = byModule.computeIfAbsent(module(row[0]), m -> new long[4]);
        sums[at] = Math.max(sums[at], number(row[1]));
    }

    private static Module module(Object value) {
        return value == null ? Module.BASIC : (Module) value;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
