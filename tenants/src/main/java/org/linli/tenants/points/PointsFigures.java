package org.linli.tenants.points;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.ledger.Asset;
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
 * Points' figures for supervisors, per community of the resident, for the month: the points issued, the points
 * redeemed (mall rewards and order discounts) and the residents who earned any.
 *
 * <p>Both amounts are read from the ledger by the month the postings were made, as finance's liabilities are, so
 * that they net what was taken back: the issuing account is debited by every award and credited by a reversal of
 * one; the redeemed account is credited by every spending and debited by points given back, so a refund nets out
 * rather than counting twice (a month can redeem less than nothing when it gives back more than it takes). Points
 * held for a flea-market sale and passed on to the seller are neither: they stay with residents. An award is told
 * to its resident by its lot (same source reference), a spending by its lot uses (same reference, one resident).
 */
@ApplicationService
public class PointsFigures implements OversightSource {

    static final String SECTION = "points";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Override
    @Query
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public List<Figure> figures(YearMonth month) {
        MonthPeriod period = MonthPeriod.of(month);
        Map<Long, String> communities = OversightSource.communityNames(em);
        String awards = " from LedgerLine l, LedgerPosting p, PointsLot lot, Resident r where p.id = l.postingId"
                + " and l.asset = :asset and l.account = :account and l.postedAt >= :from and l.postedAt < :to"
                + " and lot.source = p.reference and r.id = lot.residentId";
        Map<Long, Long> issued = byCommunity("select r.communityId, sum(l.amount)" + awards
                + " group by r.communityId", PointsAccounts.ISSUE.code(), period);
        Map<Long, Long> earners = byCommunity("select r.communityId, count(distinct lot.residentId)" + awards
                + " and p.kind = 'points-award' group by r.communityId", PointsAccounts.ISSUE.code(), period);
        Map<Long, Long> redeemed = byCommunity("select r.communityId, sum(l.amount)"
                + " from LedgerLine l, LedgerPosting p, Resident r where p.id = l.postingId"
                + " and l.asset = :asset and l.account = :account and l.postedAt >= :from and l.postedAt < :to"
                + " and r.id = (select max(u.residentId) from LotUse u where u.reference = p.reference)"
                + " group by r.communityId", PointsAccounts.REDEEMED.code(), period);
        List<Figure> figures = new ArrayList<>();
        communities.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(community -> {
            long id = community.getKey();
            String key = Long.toString(id);
            String name = community.getValue();
            figures.add(Figure.of(SECTION, key, name, "issued", Unit.COUNT, issued.getOrDefault(id, 0L)));
            figures.add(Figure.of(SECTION, key, name, "redeemed", Unit.COUNT, -redeemed.getOrDefault(id, 0L)));
            figures.add(Figure.of(SECTION, key, name, "earners", Unit.PERSONS, earners.getOrDefault(id, 0L)));
        });
        return figures;
    }

    private Map<Long, Long> byCommunity(String jpql, String account, MonthPeriod period) {
        return em.createQuery(jpql, Object[].class).setParameter("asset", Asset.POINTS)
                .setParameter("account", account).setParameter("from", period.from())
                .setParameter("to", period.to()).getResultList().stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                        r -> r[1] == null ? 0L : ((Number) r[1]).longValue()));
    }
}
