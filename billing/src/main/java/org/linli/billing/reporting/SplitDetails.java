package org.linli.billing.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.billing.commission.DiscountFunding;
import org.linli.billing.commission.Party;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Query;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.modules.Module;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The split lines behind the revenue report, one per party and paid order (分账明细), for detailed exports: the
 * first page (counted with it when the export tells its progress), then a page at a time in time order (keyset on
 * split time and id), each page its own short transaction, so a year of a large tenant never sits in one transaction
 * or in memory at once.
 */
@ApplicationService
public class SplitDetails {

    /** How many lines one page reads. */
    public static final int PAGE = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    /**
     * One line: who got how much of which order, net of refunds; {@code payee} names a provider. The tenant's line
     * of an order paid partly in points also says what discount the tenant funded and what of it the tenant owes
     * beyond its part ({@code fundedDiscountFen}, {@code owedFen}; 0 on other lines).
     */
    public record Line(long id, long orderId, Instant splitAt, Module module, Party party, String payee,
                       long amountFen, long refundedFen, Integer ruleVersion, long fundedDiscountFen, long owedFen) {

        public Line(long id, long orderId, Instant splitAt, Module module, Party party, String payee,
                    long amountFen, long refundedFen, Integer ruleVersion) {
            this(id, orderId, splitAt, module, party, payee, amountFen, refundedFen, ruleVersion, 0, 0);
        }

        public long netFen() {
            return amountFen - refundedFen;
        }
    }

    /** What an export needs before its first byte: how many lines the period has, and its first page. */
    public record Opening(long count, List<Line> first) {
    }

    /**
     * The period's first page and its number of lines, read in one transaction, for an export that tells its
     * progress; the lines are counted only when the first page is full (a shorter one is all there is).
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Opening opening(LocalDate from, LocalDate to) {
        TenantContext.require();
        RevenueReport.checkPeriod(from, to);
        List<Line> first = firstPage(from, to);
        long count = first.size() < PAGE ? first.size() : em.createQuery("select count(l) from SplitLine l"
                        + " where l.splitAt >= :from and l.splitAt < :to", Long.class)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))).getSingleResult();
        return new Opening(count, first);
    }

    /**
     * The period's first page, uncounted, for an export that tells no progress: counting a month of a large tenant
     * costs as much as reading dozens of pages, and a download would wait for it before its first byte.
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<Line> first(LocalDate from, LocalDate to) {
        TenantContext.require();
        RevenueReport.checkPeriod(from, to);
        return firstPage(from, to);
    }

    /** The first lines of the period, at most {@link #PAGE}, in the order of {@link #after}. */
    private List<Line> firstPage(LocalDate from, LocalDate to) {
        return lines(em.createQuery(SELECT + " order by l.splitAt, l.id", Object[].class)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))));
    }

    /**
     * The next lines of the period after the line split at {@code afterAt} with id {@code afterId}, at most
     * {@link #PAGE}, in time order (then id): each page is a range of the (tenant, split_at, id) index that starts
     * where the last one ended, so the thousandth page costs what the first does.
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<Line> after(LocalDate from, LocalDate to, Instant afterAt, long afterId) {
        TenantContext.require();
        RevenueReport.checkPeriod(from, to);
        return lines(em.createQuery(SELECT + " and l.splitAt >= :at and (l.splitAt > :at or l.id > :after)"
                        + " order by l.splitAt, l.id", Object[].class)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1)))
                .setParameter("at", afterAt).setParameter("after", afterId));
    }

    private static final String SELECT = "select l.id, l.orderId, l.splitAt, l.module, l.party, l.account,"
            + " l.amountFen, l.refundedFen, l.ruleVersion from SplitLine l where l.splitAt >= :from"
            + " and l.splitAt < :to";

    private List<Line> lines(TypedQuery<Object[]> query) {
        List<Object[]> rows = query.setMaxResults(PAGE).getResultList();
        Map<Long, String> providers = new HashMap<>();
        List<Long> ids = rows.stream().filter(r -> r[4] == Party.PROVIDER).map(r -> providerId((String) r[5]))
                .distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("select p.id, p.name from Provider p where p.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> providers.put((Long) r[0], (String) r[1]));
        }
        Map<Long, DiscountFunding> funded = new HashMap<>();
        List<Long> orders = rows.stream().filter(r -> r[4] == Party.TENANT).map(r -> (Long) r[1]).distinct().toList();
        if (!orders.isEmpty()) {
            em.createQuery("select f from DiscountFunding f where f.orderId in :orders", DiscountFunding.class)
                    .setParameter("orders", orders).getResultList().forEach(f -> funded.put(f.orderId(), f));
        }
        return rows.stream().map(r -> {
            DiscountFunding funding = r[4] == Party.TENANT ? funded.get((Long) r[1]) : null;
            return new Line((Long) r[0], (Long) r[1], (Instant) r[2], (Module) r[3],
                    (Party) r[4], r[4] == Party.PROVIDER ? providers.getOrDefault(providerId((String) r[5]),
                    "#" + providerId((String) r[5])) : null, ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                    (Integer) r[8], funding == null ? 0 : funding.discount().fen(),
                    funding == null ? 0 : funding.owed().fen());
        }).toList();
    }

    /** A provider's payable account is {@code provider:<id>:payable}. */
    private static long providerId(String account) {
        int start = account.indexOf(':') + 1;
        return Long.parseLong(account, start, account.indexOf(':', start), 10);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ChinaTime.ZONE).toInstant();
    }
}
