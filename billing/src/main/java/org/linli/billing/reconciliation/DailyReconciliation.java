package org.linli.billing.reconciliation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.linli.billing.payments.PaymentGatewaySettings;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reconciles yesterday in every active tenant each morning at 10:00 China time, after Alipay has made the bill
 * (about 09:00). Finance can run any day again on demand; a day run twice queues nothing twice.
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own, because a transaction is bound to
// one tenant and one tenant's failure must not roll back another's work. (Payara starts a transaction for a timeout
// of a container-managed bean even when it is marked NOT_SUPPORTED.)
@TransactionManagement(TransactionManagementType.BEAN)
public class DailyReconciliation {

    private static final Logger LOG = Logger.getLogger(DailyReconciliation.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    PaymentGatewaySettings settings;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    Clock clock;

    @Schedule(hour = "10", minute = "0", timezone = "Asia/Shanghai", persistent = false)
    void everyMorning() {
        if (settings.alipay().isEmpty()) {
            return;
        }
        LocalDate yesterday = LocalDate.now(clock.withZone(ReconciliationService.ZONE)).minusDays(1);
        for (TenantId tenant : tenants.active()) {
            try {
                ReconciliationRun run = CallerContext.system("reconciliation", tenant)
                        .call(() -> reconciliation.run(yesterday));
                if (!run.clean()) {
                    LOG.warning(() -> "reconciliation of " + yesterday + " in tenant " + tenant + ": "
                            + run.openDiscrepancies() + " open discrepancies");
                }
            } catch (DomainException | org.linli.billing.payments.alipay.AlipayGateway.Unavailable e) {
                LOG.log(Level.WARNING, "reconciliation of " + yesterday + " in tenant " + tenant + " not run", e);
            }
        }
    }
}
