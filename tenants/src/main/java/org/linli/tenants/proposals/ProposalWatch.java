package org.linli.tenants.proposals;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.linli.platform.jobs.ScheduledJob;
import org.linli.platform.jobs.ScheduledRounds;
import org.linli.platform.tenancy.TenantId;

import java.time.Duration;

/**
 * Closes the votes that have ended, in every active tenant every five minutes (one cluster member per tenant), so
 * that a tally exists within minutes of a vote's end without anyone pressing a button.
 */
@Singleton
// No container transaction around the round: each tenant's calls run in their own (see PaymentWatch).
@TransactionManagement(TransactionManagementType.BEAN)
public class ProposalWatch {

    /** Every five minutes once in the cluster. */
    static final ScheduledJob JOB = ScheduledJob.every("proposal-sweep", Duration.ofMinutes(5), Duration.ofMinutes(15));

    @Inject
    ScheduledRounds rounds;

    @Inject
    VotingService voting;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        rounds.everyTenant(JOB, this::closeDue);
    }

    private String closeDue(TenantId tenant) {
        int closed = voting.closeDue();
        return closed > 0 ? closed + " proposals closed" : null;
    }
}
