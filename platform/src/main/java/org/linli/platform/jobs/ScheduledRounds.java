package org.linli.platform.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs scheduled jobs across the cluster: every node's timer calls in, and each active tenant's part of the job's
 * current period is done by one node, as the system job of that name acting for the tenant. A tenant's failure is
 * logged and does not stop the round; its period stays open for the next tick. The work runs outside any transaction
 * (each service call it makes has its own), because a transaction is bound to one tenant.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ScheduledRounds {

    private static final Logger LOG = Logger.getLogger(ScheduledRounds.class.getName());

    @Resource(lookup = "java:app/jdbc/linli")
    DataSource dataSource;

    @Inject
    TenantDirectory tenants;

    @Inject
    Clock clock;

    private JobLeases leases;

    @PostConstruct
    void leases() {
        leases = new JobLeases(dataSource, ManagementFactory.getRuntimeMXBean().getName());
    }

    /**
     * Every active tenant's part of the job's period now (by the application's clock), once across the cluster;
     * {@code work} answers what it did worth logging, or null. Answers how many tenants came to each outcome.
     */
    public Map<JobLeases.Outcome, Integer> everyTenant(ScheduledJob job, Function<TenantId, String> work) {
        String period = job.periodOf(clock.instant());
        return round(job, tenant -> leases.runOnce(job, tenant, period, () -> inTenant(job, tenant, work)));
    }

    /**
     * Every active tenant's part of the job now, outside its schedule (for an operator who cannot wait for the next
     * tick, and for tests): still never on two nodes at once for a tenant, and no period is marked done.
     */
    public Map<JobLeases.Outcome, Integer> everyTenantNow(ScheduledJob job, Function<TenantId, String> work) {
        return round(job, tenant -> leases.runNow(job, tenant, () -> inTenant(job, tenant, work)));
    }

    /** The platform's own job (not per tenant) for its period now, once across the cluster. */
    public JobLeases.Outcome platform(ScheduledJob job, Supplier<String> work) {
        return leases.runOnce(job, null, job.periodOf(clock.instant()), () -> {
            String done = work.get();
            if (done != null) {
                LOG.fine(() -> job.name() + ": " + done);
            }
            return done;
        });
    }

    /** Forgets the period records that were kept long enough; answers how many. */
    public int forgetExpired() {
        return leases.forgetExpired(Instant.now());
    }

    private Map<JobLeases.Outcome, Integer> round(ScheduledJob job, Function<TenantId, JobLeases.Outcome> each) {
        Map<JobLeases.Outcome, Integer> outcomes = new EnumMap<>(JobLeases.Outcome.class);
        for (TenantId tenant : tenants.active()) {
            try {
                outcomes.merge(each.apply(tenant), 1, Integer::sum);
            } catch (DomainException refused) {
                // A tenant the job does not apply to (its module is off) or whose input is not there yet.
                LOG.log(Level.FINE, job.name() + " not done in tenant " + tenant + ": " + refused.code(), refused);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, job.name() + " failed in tenant " + tenant, e);
            }
        }
        return outcomes;
    }

    private static String inTenant(ScheduledJob job, TenantId tenant, Function<TenantId, String> work) {
        String done = CallerContext.system(job.name(), tenant).call(() -> work.apply(tenant));
        if (done != null) {
            LOG.info(() -> job.name() + " in tenant " + tenant + ": " + done);
        }
        return done;
    }
}
