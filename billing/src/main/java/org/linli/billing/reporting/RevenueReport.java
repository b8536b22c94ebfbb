package org.linli.billing.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.billing.commission.Party;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.modules.Module;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Revenue reports for finance, read from the split lines of the tenant acted for: what was paid in a period (by the
 * day the order was paid, China time), net of refunds, and how it was shared, per module and per week. Ad bookings
 * count under the ADS module, one booking as one order.
 */
@ApplicationService
public class RevenueReport {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A report covers at most a year and a day, so a request cannot make the server read everything. */
    static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Revenue revenue(LocalDate from, LocalDate to) {
        TenantContext.require();
        checkPeriod(from, to);
        List<Object[]> rows = em.createQuery("select l.orderId, l.module, l.party, l.splitAt, l.amountFen,"
                        + " l.refundedFen, l.account from SplitLine l where l.splitAt >= :from and l.splitAt < :to",
                        Object[].class)
                .setParameter("from", from.atStartOfDay(ZONE).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(ZONE).toInstant()).getResultList();
        // An order's provider is the one its provider line pays.
        Map<Long, Long> providerOf = new HashMap<>();
        for (Object[] row : rows) {
            if (row[2] == Party.PROVIDER) {
                providerOf.put((Long) row[0], Long.parseLong(((String) row[6]).split(":")[1]));
            }
        }
        List<Share> shares = new java.util.ArrayList<>(rows.stream().map(row -> new Share((Long) row[0],
                (Module) row[1], (Party) row[2], ((java.time.Instant) row[3]).atZone(ZONE).toLocalDate(),
                ((Number) row[4]).longValue() - ((Number) row[5]).longValue(), providerOf.get((Long) row[0])))
                .toList());
        // Ad bookings are the ADS module's "orders": platform and tenant share them, no provider takes part.
        em.createQuery("select l.bookingId, l.party, l.splitAt, l.amountFen, l.refundedFen from AdSplitLine l"
                        + " where l.splitAt >= :from and l.splitAt < :to", Object[].class)
                .setParameter("from", from.atStartOfDay(ZONE).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(ZONE).toInstant()).getResultList()
                .forEach(row -> shares.add(new Share((Long) row[0], Module.ADS, (Party) row[1],
                        ((java.time.Instant) row[2]).atZone(ZONE).toLocalDate(),
                        ((Number) row[3]).longValue() - ((Number) row[4]).longValue())));
        Revenue revenue = summarise(from, to, shares);
        Map<Long, String> names = new HashMap<>();
        if (!revenue.providers().isEmpty()) {
            em.createQuery("select p.id, p.name from Provider p where p.id in :ids", Object[].class)
                    .setParameter("ids", revenue.providers().stream().map(Revenue.ProviderLine::providerId).toList())
                    .getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return new Revenue(revenue.from(), revenue.to(), revenue.modules(), revenue.weeks(), revenue.total(),
                revenue.providers().stream().map(p -> p.named(names.getOrDefault(p.providerId(),
                        "#" + p.providerId()))).toList());
    }

    /** A period of at most {@link #MAX_DAYS} days, from one day to another (inclusive). */
    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw DomainException.invalid(FieldError.of(from == null ? "from" : "to", "required"));
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid(FieldError.of("to", "after_from"));
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw DomainException.invalid(FieldError.of("to", "max_days", MAX_DAYS));
        }
    }

    /** One party's net share of one order, and the order's provider (null if unknown). */
    record Share(long orderId, Module module, Party party, LocalDate paidOn, long netFen, Long providerId) {

        Share(long orderId, Module module, Party party, LocalDate paidOn, long netFen) {
            this(orderId, module, party, paidOn, netFen, null);
        }
    }

    /** Adds the shares up per module, per week and in total; weeks without revenue are shown as zero. */
    static Revenue summarise(LocalDate from, LocalDate to, List<Share> shares) {
        Map<Module, long[]> byModule = new EnumMap<>(Module.class);
        Map<Module, Set<Long>> orders = new EnumMap<>(Module.class);
        Map<LocalDate, long[]> byWeek = new TreeMap<>();
        Map<Long, long[]> byProvider = new HashMap<>();
        Map<Long, Set<Long>> providerOrders = new HashMap<>();
        for (LocalDate week = monday(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            byWeek.put(week, new long[2]);
        }
        for (Share share : shares) {
            Module module = share.module() == null ? Module.BASIC : share.module();
            long[] sums = byModule.computeIfAbsent(module, m -> new long[Party.values().length]);
            sums[share.party().ordinal()] += share.netFen();
            orders.computeIfAbsent(module, m -> new HashSet<>()).add(share.orderId());
            if (share.providerId() != null) {
                byProvider.computeIfAbsent(share.providerId(), p -> new long[Party.values().length])
                        [share.party().ordinal()] += share.netFen();
                providerOrders.computeIfAbsent(share.providerId(), p -> new HashSet<>()).add(share.orderId());
            }
            long[] week = byWeek.computeIfAbsent(monday(share.paidOn()), w -> new long[2]);
            week[0] += share.netFen();
            if (share.party() != Party.PROVIDER) {
                week[1] += share.netFen();
            }
        }
        List<Revenue.Line> lines = new ArrayList<>();
        long[] total = new long[Party.values().length];
        long totalOrders = 0;
        for (Map.Entry<Module, long[]> entry : byModule.entrySet()) {
            long count = orders.get(entry.getKey()).size();
            lines.add(line(entry.getKey(), count, entry.getValue()));
            for (int i = 0; i < total.length; i++) {
                total[i] += entry.getValue()[i];
            }
            totalOrders += count;
        }
        List<Revenue.Week> weeks = byWeek.entrySet().stream().map(e -> new Revenue.Week(e.getKey(),
                Money.fen(e.getValue()[0]), Money.fen(e.getValue()[1]))).toList();
        List<Revenue.ProviderLine> providers = byProvider.entrySet().stream().map(e -> {
            Revenue.Line line = line(null, providerOrders.get(e.getKey()).size(), e.getValue());
            return new Revenue.ProviderLine(e.getKey(), null, line.orders(), line.paid(), line.commission(),
                    line.provider());
        }).sorted(java.util.Comparator.comparing((Revenue.ProviderLine p) -> p.paid().fen()).reversed()
                .thenComparing(Revenue.ProviderLine::providerId)).toList();
        return new Revenue(from, to, lines, weeks, line(null, totalOrders, total), providers);
    }

    private static Revenue.Line line(Module module, long orders, long[] byParty) {
        Money platform = Money.fen(byParty[Party.PLATFORM.ordinal()]);
        Money tenant = Money.fen(byParty[Party.TENANT.ordinal()]);
        Money provider = Money.fen(byParty[Party.PROVIDER.ordinal()]);
        return new Revenue.Line(module, orders, platform.plus(tenant).plus(provider), platform, tenant, provider);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
