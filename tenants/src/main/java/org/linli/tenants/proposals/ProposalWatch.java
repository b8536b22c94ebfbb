package org.linli.tenants.proposals;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes the votes that have ended, in every active tenant every five minutes, so that a tally exists within
 * minutes of a vote's end without anyone pressing a button.
 */
@Singleton
// One transaction per tenant, not one around the round (see CareWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class ProposalWatch {

    private static final Logger LOG = Logger.getLogger(ProposalWatch.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    VotingService voting;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        for (TenantId tenant : tenants.active()) {
            try {
                int closed = CallerContext.system("proposal-sweep", tenant).call(voting::closeDue);
                if (closed > 0) {
                    LOG.info(() -> "proposals closed in tenant " + tenant + ": " + closed);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "proposal sweep failed in tenant " + tenant, e);
            }
        }
    }
}
