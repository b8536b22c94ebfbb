package org.linli.billing.payments;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, in every active tenant, asks the gateway about payments whose notify has not come and closes those
 * that expired unpaid. Each payment is locked while decided, so cluster members running it together do no harm.
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own, because a transaction is bound to
// one tenant and one tenant's failure must not roll back another's work. (Payara starts a transaction for a timeout
// of a container-managed bean even when it is marked NOT_SUPPORTED.)
@TransactionManagement(TransactionManagementType.BEAN)
public class PaymentWatch {

    private static final Logger LOG = Logger.getLogger(PaymentWatch.class.getName());

    /** A payment younger than this is left to its notify before the gateway is asked. */
    static final Duration NOTIFY_GRACE = Duration.ofMinutes(1);

    @Inject
    TenantDirectory tenants;

    @Inject
    PaymentGatewaySettings settings;

    @Inject
    PaymentService payments;

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void everyMinute() {
        if (settings.alipay().isEmpty()) {
            return;
        }
        for (TenantId tenant : tenants.active()) {
            try {
                CallerContext job = CallerContext.system("payment-watch", tenant);
                // Asked first, so that a minute with nothing waiting writes no audit record.
                if (!job.call(() -> payments.anyWaiting(NOTIFY_GRACE))) {
                    continue;
                }
                PaymentService.Recovery done = job.call(() -> payments.recover(NOTIFY_GRACE));
                if (done.confirmed() + done.closed() > 0) {
                    LOG.info(() -> "payment watch in tenant " + tenant + ": " + done);
                }
            } catch (DomainException gatewayUnavailable) {
                LOG.log(Level.INFO, "payment watch in tenant " + tenant + ": " + gatewayUnavailable.code());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "payment watch failed in tenant " + tenant, e);
            }
        }
    }
}
