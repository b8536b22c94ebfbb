package org.linli.billing.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.billing.commission.Party;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Query;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.modules.Module;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    /** A report covers at most a year and a day, so a request cannot make the server read everything. */
    static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Revenue revenue(LocalDate from, LocalDate to) {
        TenantContext.require();
        checkPeriod(from, to);
        // Summed by the database a week at a time (a week is a range of the split_at index), so a year of a large
        // tenant is a few dozen small result sets rather than every line in the heap.
        List<Sum> sums = new ArrayList<>();
        for (LocalDate week = monday(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            Instant since = start(week.isBefore(from) ? from : week);
            Instant until = start(week.plusWeeks(1).isAfter(to) ? to.plusDays(1) : week.plusWeeks(1));
            LocalDate monday = week;
            em.createQuery("select l.module, l.party, sum(l.amountFen - l.refundedFen) from SplitLine l where"
                            + " l.splitAt >= :from and l.splitAt < :to group by l.module, l.party", Object[].class)
                    .setParameter("from", since).setParameter("to", until).getResultList()
                    .forEach(row -> sums.add(new Sum((Module) row[0], (Party) row[1], monday, number(row[2]))));
            // Ad bookings are the ADS module's "orders": platform and tenant share them, no provider takes part.
            em.createQuery("select l.party, sum(l.amountFen - l.refundedFen) from AdSplitLine l"
                            + " where l.splitAt >= :from and l.splitAt < :to group by l.party", Object[].class)
                    .setParameter("from", since).setParameter("to", until).getResultList()
                    .forEach(row -> sums.add(new Sum(Module.ADS, (Party) row[0], monday, number(row[1]))));
        }
        Revenue revenue = summarise(from, to, sums, orders(from, to), providers(from, to));
        Map<Long, String> names = new HashMap<>();
        if (!revenue.providers().isEmpty()) {
            // A tenant has a few dozen providers; the cap keeps the list of ids bound to a query small regardless.
            List<Long> ids = revenue.providers().stream().map(Revenue.ProviderLine::providerId).toList();
            for (int i = 0; i < ids.size(); i += MAX_IDS) {
                em.createQuery("select p.id, p.name from Provider p where p.id in :ids", Object[].class)
                        .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + MAX_IDS)))
                        .getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
            }
        }
        return new Revenue(revenue.from(), revenue.to(), revenue.modules(), revenue.weeks(), revenue.total(),
                revenue.providers().stream().map(p -> p.named(names.getOrDefault(p.providerId(),
                        "#" + p.providerId()))).toList());
    }

    /** The period's totals only (what the tenant comparison shows): per party, and the orders counted once. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Revenue.Line total(LocalDate from, LocalDate to) {
        TenantContext.require();
        checkPeriod(from, to);
        List<Sum> sums = new ArrayList<>();
        em.createQuery("select l.module, l.party, sum(l.amountFen - l.refundedFen) from SplitLine l"
                        + " where l.splitAt >= :from and l.splitAt < :to group by l.module, l.party", Object[].class)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))).getResultList()
                .forEach(row -> sums.add(new Sum((Module) row[0], (Party) row[1], monday(from), number(row[2]))));
        em.createQuery("select l.party, sum(l.amountFen - l.refundedFen) from AdSplitLine l"
                        + " where l.splitAt >= :from and l.splitAt < :to group by l.party", Object[].class)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))).getResultList()
                .forEach(row -> sums.add(new Sum(Module.ADS, (Party) row[0], monday(from), number(row[1]))));
        return summarise(from, to, sums, orders(from, to), List.of()).total();
    }

    /** The most ids bound to one query. */
    static final int MAX_IDS = 1_000;

    /** Orders of the period per module, each counted once (a module's orders are disjoint from another's). */
    private List<Orders> orders(LocalDate from, LocalDate to) {
        List<Orders> orders = new ArrayList<>();
        em.createQuery("select l.module, count(distinct l.orderId) from SplitLine l"
                        + " where l.splitAt >= :from and l.splitAt < :to group by l.module", Object[].class)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))).getResultList()
                .forEach(row -> orders.add(new Orders((Module) row[0], number(row[1]))));
        long bookings = em.createQuery("select count(distinct l.bookingId) from AdSplitLine l"
                        + " where l.splitAt >= :from and l.splitAt < :to", Long.class)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))).getSingleResult();
        if (bookings > 0) {
            orders.add(new Orders(Module.ADS, bookings));
        }
        return orders;
    }

    /**
     * Per provider (the one an order's provider line pays) and party: the net sum, and the provider's orders. The
     * lines of an order are written together, so an order's provider line lies in the same period as its others.
     */
    private List<ProviderSum> providers(LocalDate from, LocalDate to) {
        List<ProviderSum> sums = new ArrayList<>();
        em.createQuery("select p.account, l.party, sum(l.amountFen - l.refundedFen), count(distinct l.orderId)"
                        + " from SplitLine l, SplitLine p where p.orderId = l.orderId and p.party = :provider"
                        + " and p.splitAt >= :from and p.splitAt < :to and l.splitAt >= :from and l.splitAt < :to"
                        + " group by p.account, l.party", Object[].class)
                .setParameter("provider", Party.PROVIDER)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))).getResultList()
                .forEach(row -> sums.add(new ProviderSum(Long.parseLong(((String) row[0]).split(":")[1]),
                        (Party) row[1], number(row[2]), number(row[3]))));
        return sums;
    }

    /** A sum or a count as the database answers it; a sum over no rows is null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ChinaTime.ZONE).toInstant();
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

    /** One party's net sum over a module's lines in one week of the period. */
    record Sum(Module module, Party party, LocalDate week, long netFen) {
    }

    /** How many orders (ad bookings, for ADS) a module had in the period. */
    record Orders(Module module, long orders) {
    }

    /** One party's net sum over a provider's orders in the period, and how many orders those are. */
    record ProviderSum(long providerId, Party party, long netFen, long orders) {
    }

    /** Adds the shares up per module, per week and in total; weeks without revenue are shown as zero. */
    static Revenue summarise(LocalDate from, LocalDate to, List<Share> shares) {
        Map<List<Object>, Long> sums = new LinkedHashMap<>();
        Map<Module, Set<Long>> orders = new EnumMap<>(Module.class);
        Map<List<Object>, Long> providerSums = new LinkedHashMap<>();
        Map<Long, Set<Long>> providerOrders = new HashMap<>();
        for (Share share : shares) {
            sums.merge(Arrays.asList(share.module(), share.party(), monday(share.paidOn())),
                    share.netFen(), Long::sum);
            orders.computeIfAbsent(share.module() == null ? Module.BASIC : share.module(), m -> new HashSet<>())
                    .add(share.orderId());
            if (share.providerId() != null) {
                providerSums.merge(List.of(share.providerId(), share.party()), share.netFen(), Long::sum);
                providerOrders.computeIfAbsent(share.providerId(), p -> new HashSet<>()).add(share.orderId());
            }
        }
        return summarise(from, to,
                sums.entrySet().stream().map(e -> new Sum((Module) e.getKey().get(0), (Party) e.getKey().get(1),
                        (LocalDate) e.getKey().get(2), e.getValue())).toList(),
                orders.entrySet().stream().map(e -> new Orders(e.getKey(), e.getValue().size())).toList(),
                providerSums.entrySet().stream().map(e -> new ProviderSum((Long) e.getKey().get(0),
                        (Party) e.getKey().get(1), e.getValue(),
                        e.getKey().get(1) == Party.PROVIDER ? providerOrders.get((Long) e.getKey().get(0)).size()
                                : 0)).toList());
    }

    /**
     * Puts sums made by the database together: per module, per week and in total (weeks without revenue shown as
     * zero), and per provider. A provider's orders are those its own lines count.
     */
    static Revenue summarise(LocalDate from, LocalDate to, List<Sum> sums, List<Orders> orders,
                             List<ProviderSum> providerSums) {
        Map<Module, long[]> byModule = new EnumMap<>(Module.class);
        Map<Module, Long> orderCount = new EnumMap<>(Module.class);
        Map<LocalDate, long[]> byWeek = new TreeMap<>();
        Map<Long, long[]> byProvider = new HashMap<>();
        Map<Long, Long> providerOrders = new HashMap<>();
        for (LocalDate week = monday(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            byWeek.put(week, new long[2]);
        }
        for (Orders count : orders) {
            orderCount.merge(count.module() == null ? Module.BASIC : count.module(), count.orders(), Long::sum);
        }
        for (Sum sum : sums) {
            Module module = sum.module() == null ? Module.BASIC : sum.module();
            byModule.computeIfAbsent(module, m -> new long[Party.values().length])[sum.party().ordinal()]
                    += sum.netFen();
            long[] week = byWeek.computeIfAbsent(sum.week(), w -> new long[2]);
            week[0] += sum.netFen();
            if (sum.party() != Party.PROVIDER) {
                week[1] += sum.netFen();
            }
        }
        for (ProviderSum sum : providerSums) {
            byProvider.computeIfAbsent(sum.providerId(), p -> new long[Party.values().length])
                    [sum.party().ordinal()] += sum.netFen();
            if (sum.party() == Party.PROVIDER) {
                providerOrders.merge(sum.providerId(), sum.orders(), Long::sum);
            }
        }
        List<Revenue.Line> lines = new ArrayList<>();
        long[] total = new long[Party.values().length];
        long totalOrders = 0;
        for (Map.Entry<Module, long[]> entry : byModule.entrySet()) {
            long count = orderCount.getOrDefault(entry.getKey(), 0L);
            lines.add(line(entry.getKey(), count, entry.getValue()));
            for (int i = 0; i < total.length; i++) {
                total[i] += entry.getValue()[i];
            }
            totalOrders += count;
        }
        List<Revenue.Week> weeks = byWeek.entrySet().stream().map(e -> new Revenue.Week(e.getKey(),
                Money.fen(e.getValue()[0]), Money.fen(e.getValue()[1]))).toList();
        List<Revenue.ProviderLine> providers = byProvider.entrySet().stream().map(e -> {
            Revenue.Line line = line(null, providerOrders.getOrDefault(e.getKey(), 0L), e.getValue());
            return new Revenue.ProviderLine(e.getKey(), null, line.orders(), line.paid(), line.commission(),
                    line.provider());
        }).sorted(Comparator.comparing((Revenue.ProviderLine p) -> p.paid().fen()).reversed()
                .thenComparing(Revenue.ProviderLine::providerId)).toList();
        return new Revenue(from, to, lines, weeks, line(null, totalOrders, total), providers);
    }

    private static Revenue.Line line(Module module, long orders, long[] byParty) {
        Money platform = Money.fen(byParty[Party.PLATFORM.ordinal()]);
        Money tenant = Money.fen(byParty[Party.TENANT.ordinal()]);
        Money provider = Money.fen(byParty[Party.PROVIDER.ordinal()]);
        return new Revenue.Line(module, orders, platform.plus(tenant).plus(provider), platform, tenant, provider);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
