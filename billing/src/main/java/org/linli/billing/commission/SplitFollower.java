package org.linli.billing.commission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.linli.platform.security.CallerContext;
import org.linli.tenants.orders.OrderMoved;
import org.linli.tenants.orders.OrderStatus;

/**
 * Follows orders for billing, inside the transaction that moved them: a payment is split and posted with the order
 * becoming paid, money given back is taken back from the parties with the cancellation or refund. The postings are
 * written by the billing job, not by whoever moved the order (a resident cannot write the ledger).
 */
@ApplicationScoped
public class SplitFollower {

    @Inject
    SplitService splits;

    void follow(@Observes OrderMoved moved) {
        CallerContext billing = BillingJob.inThisTenant();
        if (moved.to() == OrderStatus.PAID) {
            billing.run(() -> splits.recordPayment(moved.order()));
        } else if (moved.to() == OrderStatus.CANCELLED || moved.to() == OrderStatus.REFUNDED) {
            billing.run(() -> splits.recordRefund(moved.order()));
        }
    }
}
