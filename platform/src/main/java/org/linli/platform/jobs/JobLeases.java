package org.linli.platform.jobs;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.linli.platform.tenancy.TenantId;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Leases and period records of scheduled jobs, in the application's database (tables {@code job_lease} and
 * {@code job_run}). Each statement commits on its own, outside any transaction of the caller, so the other nodes see
 * a lease the moment it is taken. Leases are kept in real time, whatever clock the application runs on.
 */
public final class JobLeases {

    /** What became of one job's part for one tenant (or the platform). */
    public enum Outcome {
        /** This node did the work (and recorded the period, when there was one). */
        RAN,
        /** The period was done before, by this node or another. */
        DONE_BEFORE,
        /** Another node holds the lease: it is doing the work right now. */
        LEASED_ELSEWHERE
    }

    /** The tenant recorded for jobs that are the platform's, not a tenant's (passed as no tenant, {@code null}). */
    public static final long PLATFORM = 0;

    private static final int OUTCOME_LENGTH = 200;

    private final DataSource dataSource;
    private final LockProvider locks;
    private final String node;

    public JobLeases(DataSource dataSource, String node) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.locks = new JdbcLockProvider(dataSource, "job_lease");
        this.node = Objects.requireNonNull(node, "node");
    }

    /**
     * Does {@code work} for {@code tenant} (none for the platform's own jobs) unless another node is doing it or the
     * period was done; records the period when the work returns (a failure leaves it to the next tick). The work's
     * answer is kept with the record.
     */
    public Outcome runOnce(ScheduledJob job, TenantId tenant, String period, Supplier<String> work) {
        Optional<SimpleLock> lease = take(job, tenant);
        if (lease.isEmpty()) {
            return Outcome.LEASED_ELSEWHERE;
        }
        try {
            if (done(job, tenant, period)) {
                return Outcome.DONE_BEFORE;
            }
            Instant started = Instant.now();
            String outcome = work.get();
            record(job, key(tenant), period, started, outcome);
            return Outcome.RAN;
        } finally {
            lease.get().unlock();
        }
    }

    /** Does {@code work} for {@code tenant} now, outside the job's periods, unless another node is doing it. */
    public Outcome runNow(ScheduledJob job, TenantId tenant, Supplier<String> work) {
        Optional<SimpleLock> lease = take(job, tenant);
        if (lease.isEmpty()) {
            return Outcome.LEASED_ELSEWHERE;
        }
        try {
            work.get();
            return Outcome.RAN;
        } finally {
            lease.get().unlock();
        }
    }

    /** Whether the job's period was done for the tenant. */
    public boolean done(ScheduledJob job, TenantId tenant, String period) {
        return jdbc(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select 1 from job_run where job = ? and tenant = ? and period = ?")) {
                query.setString(1, job.name());
                query.setLong(2, key(tenant));
                query.setString(3, period);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Forgets the period records kept long enough by {@code now} (see {@link ScheduledJob#kept()}); answers how many. */
    public int forgetExpired(Instant now) {
        return jdbc(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from job_run where kept_until < ?")) {
                delete.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                return delete.executeUpdate();
            }
        });
    }

    /** The tenant column's value: {@link #PLATFORM} for the platform's own jobs (no tenant). */
    private static long key(TenantId tenant) {
        return tenant == null ? PLATFORM : tenant.value();
    }

    private Optional<SimpleLock> take(ScheduledJob job, TenantId tenant) {
        // The lease ends when released: the period record, not a minimum lease time, keeps a period from being
        // done twice, so an on-demand run right after a scheduled one is not refused.
        return locks.lock(new LockConfiguration(Instant.now(), job.name() + "@" + key(tenant), job.lease(),
                Duration.ZERO));
    }

    private void record(ScheduledJob job, long tenant, String period, Instant started, String outcome) {
        jdbc(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into job_run"
                    + " (job, tenant, period, node, started_at, finished_at, kept_until, outcome)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                Instant finished = Instant.now();
                insert.setString(1, job.name());
                insert.setLong(2, tenant);
                insert.setString(3, period);
                insert.setString(4, node.length() > 100 ? node.substring(0, 100) : node);
                insert.setObject(5, OffsetDateTime.ofInstant(started, ZoneOffset.UTC));
                insert.setObject(6, OffsetDateTime.ofInstant(finished, ZoneOffset.UTC));
                insert.setObject(7, OffsetDateTime.ofInstant(finished.plus(job.kept()), ZoneOffset.UTC));
                insert.setString(8, outcome == null || outcome.length() <= OUTCOME_LENGTH ? outcome
                        : outcome.substring(0, OUTCOME_LENGTH));
                return insert.executeUpdate();
            } catch (SQLException e) {
                // The lease ran out during a very slow run and another node did and recorded the same period.
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return 0;
                }
                throw e;
            }
        });
    }

    private <T> T jdbc(Statements<T> statements) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.setAutoCommit(true);
            }
            try {
                return statements.apply(connection);
            } finally {
                if (!autoCommit) {
                    connection.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job records unavailable", e);
        }
    }

    @FunctionalInterface
    private interface Statements<T> {
        T apply(Connection connection) throws SQLException;
    }
}
