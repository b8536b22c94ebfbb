package org.linli.billing.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.billing.payments.GatewayRefused;
import org.linli.platform.application.ChinaTime;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Queues every call the gateway refused as an open {@link DiscrepancyKind#GATEWAY_REFUSED} discrepancy of the day
 * (China time), in the transaction that records the refusal, once per call and day: finance sees it beside the
 * bill's disagreements and resolves it there.
 */
@ApplicationScoped
public class GatewayRefusals {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    void queue(@Observes GatewayRefused refused) {
        LocalDate day = LocalDate.ofInstant(refused.at(), ChinaTime.ZONE);
        Discrepancy found = new Discrepancy(day, DiscrepancyKind.GATEWAY_REFUSED, refused.tradeNumber(),
                refused.requestNo(), null, refused.amount(), detail(refused), refused.at());
        boolean queued = em.createQuery("select d from Discrepancy d where d.day = :day and d.kind = :kind"
                        + " and d.tradeNumber = :trade and d.resolvedAt is null", Discrepancy.class)
                .setParameter("day", day).setParameter("kind", DiscrepancyKind.GATEWAY_REFUSED)
                .setParameter("trade", refused.tradeNumber()).getResultStream()
                .anyMatch(d -> d.key().equals(found.key()));
        if (!queued) {
            em.persist(found);
        }
    }

    private static String detail(GatewayRefused refused) {
        String detail = "gateway_refused " + refused.call().toLowerCase(Locale.ROOT) + ": "
                + refused.subCode();
        return detail.length() > 200 ? detail.substring(0, 200) : detail;
    }
}
