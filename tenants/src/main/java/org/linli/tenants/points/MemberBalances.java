package org.linli.tenants.points;

import jakarta.persistence.EntityManager;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.ledger.Asset;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Reads shared by the points services inside their own transactions: a member's balance straight from the ledger,
 * and today's date in the tenants' time zone. (Plain statics rather than service methods: a call through another
 * service's proxy would be a permission-checked use case of its own.)
 */
final class MemberBalances {

    private MemberBalances() {
    }

    /** The negated sum of the member's points account: what the tenant owes them. */
    static long of(EntityManager em, ResidentId resident) {
        Long sum = em.createQuery("select sum(l.amount) from LedgerLine l where l.account = :account"
                        + " and l.asset = :asset", Long.class)
                .setParameter("account", PointsAccounts.member(resident).code())
                .setParameter("asset", Asset.POINTS).getSingleResult();
        return sum == null ? 0 : -sum;
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
