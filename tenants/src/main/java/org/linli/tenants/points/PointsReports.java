package org.linli.tenants.points;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.ledger.Asset;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Finance's view of points: what the tenant owes its members now and when it falls due to expire. */
@ApplicationService
public class PointsReports {

    /** How far ahead expiry is shown, in months (this month included). */
    public static final int MONTHS_AHEAD = 12;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    /** Points of members' lots that expire in {@code month}, unless spent first. */
    public record MonthExpiry(YearMonth month, long points) {
    }

    /**
     * The points liability: outstanding (members' ledger balances), issued, redeemed and expired to date, and the
     * outstanding points by month of expiry for the next {@link #MONTHS_AHEAD} months (later expiry is in
     * {@code laterThanShown}).
     */
    public record Liabilities(long outstanding, long issued, long redeemed, long expired, List<MonthExpiry> expiring,
                              long laterThanShown) {
    }

    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Liabilities liabilities() {
        TenantContext.require();
        LocalDate today = MemberBalances.today(clock);
        YearMonth first = YearMonth.from(today);
        LocalDate end = first.plusMonths(MONTHS_AHEAD).atDay(1);
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        for (int i = 0; i < MONTHS_AHEAD; i++) {
            byMonth.put(first.plusMonths(i), 0L);
        }
        // One row per expiry date (at most a year of dates), summed to months here.
        em.createQuery("select l.expiresOn, sum(l.remaining) from PointsLot l where l.remaining > 0"
                        + " and l.expiresOn < :end group by l.expiresOn", Object[].class)
                .setParameter("end", end).getResultList()
                .forEach(row -> byMonth.merge(YearMonth.from((LocalDate) row[0]).isBefore(first) ? first
                        : YearMonth.from((LocalDate) row[0]), ((Number) row[1]).longValue(), Long::sum));
        List<MonthExpiry> expiring = new ArrayList<>();
        byMonth.forEach((month, points) -> expiring.add(new MonthExpiry(month, points)));
        long outstanding = -sum("select sum(l.amount) from LedgerLine l where l.asset = :asset"
                + " and l.account like '" + PointsAccounts.MEMBER_PATTERN + "'");
        long shown = expiring.stream().mapToLong(MonthExpiry::points).sum();
        return new Liabilities(outstanding, account(PointsAccounts.ISSUE.code()),
                -account(PointsAccounts.REDEEMED.code()), -account(PointsAccounts.EXPIRED.code()), expiring,
                Math.max(0, outstanding - shown));
    }

    private long account(String code) {
        Long sum = em.createQuery("select sum(l.amount) from LedgerLine l where l.asset = :asset"
                        + " and l.account = :account", Long.class).setParameter("asset", Asset.POINTS)
                .setParameter("account", code).getSingleResult();
        return sum == null ? 0 : sum;
    }

    private long sum(String jpql) {
        Long sum = em.createQuery(jpql, Long.class).setParameter("asset", Asset.POINTS).getSingleResult();
        return sum == null ? 0 : sum;
    }
}
