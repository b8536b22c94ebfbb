package org.linli.platform.jobs;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.tenancy.TenantId;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two cluster members are two {@link JobLeases} on one database (the schema the migration makes): a period's work
 * is done by one of them, once, and a member that died mid-run leaves the period to the next one.
 */
class JobLeasesTest {

    static final ScheduledJob JOB = ScheduledJob.every("test-sweep", Duration.ofMinutes(5), Duration.ofMinutes(15));

    JdbcDataSource database;
    JobLeases node1;
    JobLeases node2;

    @BeforeEach
    void database() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:jobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection()) {
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(getClass().getClassLoader())), () ->
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, DatabaseFactory
                                    .getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG,
                                    "db/changelog/platform/008-job-leases.xml")
                            .execute());
        }
        node1 = new JobLeases(database, "node-1");
        node2 = new JobLeases(database, "node-2");
    }

    @Test
    void twoMembersRacingForThePeriodsOfManyTenantsDoEachOnce() throws Exception {
        int tenants = 40;
        AtomicInteger[] runs = new AtomicInteger[tenants + 1];
        for (int t = 1; t <= tenants; t++) {
            runs[t] = new AtomicInteger();
        }
        ExecutorService members = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<JobLeases.Outcome>>> rounds = new ArrayList<>();
        for (JobLeases member : List.of(node1, node2, node1, node2)) {
            rounds.add(members.submit(() -> {
                start.await();
                List<JobLeases.Outcome> outcomes = new ArrayList<>();
                for (int t = 1; t <= tenants; t++) {
                    AtomicInteger counter = runs[t];
                    outcomes.add(member.runOnce(JOB, TenantId.of(t), "2026-12-05T02:00:00Z", () -> {
                        counter.incrementAndGet();
                        pause(2);
                        return null;
                    }));
                }
                return outcomes;
            }));
        }
        start.countDown();
        int ran = 0;
        for (Future<List<JobLeases.Outcome>> round : rounds) {
            ran += (int) round.get(60, TimeUnit.SECONDS).stream().filter(o -> o == JobLeases.Outcome.RAN).count();
        }
        members.shutdown();
        for (int t = 1; t <= tenants; t++) {
            assertThat(runs[t]).as("tenant " + t).hasValue(1);
            assertThat(node2.done(JOB, TenantId.of(t), "2026-12-05T02:00:00Z")).isTrue();
        }
        assertThat(ran).isEqualTo(tenants);
    }

    @Test
    void aPeriodDoneIsNotDoneAgainButTheNextOneIs() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(node1.runOnce(JOB, TenantId.of(7), "p1", () -> "did " + runs.incrementAndGet()))
                .isEqualTo(JobLeases.Outcome.RAN);
        assertThat(node2.runOnce(JOB, TenantId.of(7), "p1", () -> "did " + runs.incrementAndGet()))
                .isEqualTo(JobLeases.Outcome.DONE_BEFORE);
        assertThat(node2.runOnce(JOB, TenantId.of(8), "p1", () -> "did " + runs.incrementAndGet()))
                .as("another tenant's part").isEqualTo(JobLeases.Outcome.RAN);
        assertThat(node2.runOnce(JOB, TenantId.of(7), "p2", () -> "did " + runs.incrementAndGet()))
                .isEqualTo(JobLeases.Outcome.RAN);
        assertThat(runs).hasValue(3);
    }

    @Test
    void whileOneMemberWorksTheOtherIsToldSoAndAnOnDemandRunWaitsItsTurnToo() throws Exception {
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService member = Executors.newSingleThreadExecutor();
        Future<JobLeases.Outcome> first = member.submit(() -> node1.runOnce(JOB, TenantId.of(3), "p1", () -> {
            working.countDown();
            await(release);
            return null;
        }));
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(node2.runOnce(JOB, TenantId.of(3), "p1", () -> "never"))
                .isEqualTo(JobLeases.Outcome.LEASED_ELSEWHERE);
        assertThat(node2.runNow(JOB, TenantId.of(3), () -> "never")).isEqualTo(JobLeases.Outcome.LEASED_ELSEWHERE);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(JobLeases.Outcome.RAN);
        member.shutdown();
        assertThat(node2.runNow(JOB, TenantId.of(3), () -> null)).as("released at once")
                .isEqualTo(JobLeases.Outcome.RAN);
    }

    @Test
    void aFailedRunLeavesItsPeriodOpenAndItsLeaseFree() {
        assertThatThrownBy(() -> node1.runOnce(JOB, TenantId.of(5), "p1", () -> {
            throw new IllegalStateException("gateway down");
        })).hasMessage("gateway down");
        assertThat(node1.done(JOB, TenantId.of(5), "p1")).isFalse();
        assertThat(node2.runOnce(JOB, TenantId.of(5), "p1", () -> "caught up")).isEqualTo(JobLeases.Outcome.RAN);
    }

    @Test
    void aMemberThatDiedHoldingTheLeaseLosesItWhenTheLeaseRunsOut() throws Exception {
        ScheduledJob shortLease = ScheduledJob.every("short-lease", Duration.ofMinutes(1), Duration.ofMillis(300));
        // A member that dies mid-run never releases: its thread is left hanging as a killed process would be.
        CountDownLatch working = new CountDownLatch(1);
        Thread dying = new Thread(() -> node1.runOnce(shortLease, TenantId.of(1), "p1", () -> {
            working.countDown();
            await(new CountDownLatch(1));
            return null;
        }));
        dying.setDaemon(true);
        dying.start();
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(node2.runOnce(shortLease, TenantId.of(1), "p1", () -> null))
                .isEqualTo(JobLeases.Outcome.LEASED_ELSEWHERE);
        pause(600);
        assertThat(node2.runOnce(shortLease, TenantId.of(1), "p1", () -> "taken up")).isEqualTo(JobLeases.Outcome.RAN);
        dying.interrupt();
    }

    @Test
    void recordsAreForgottenOnlyOnceKeptLongEnough() {
        node1.runOnce(JOB, TenantId.of(1), "p1", () -> null);
        assertThat(node1.forgetExpired(Instant.now().plus(Duration.ofHours(23)))).isZero();
        assertThat(node1.done(JOB, TenantId.of(1), "p1")).isTrue();
        assertThat(node1.forgetExpired(Instant.now().plus(JOB.kept()).plusSeconds(1))).isEqualTo(1);
        assertThat(node1.done(JOB, TenantId.of(1), "p1")).isFalse();
    }

    @Test
    void periodsAreTheSameForEveryInstantOfTheSliceAndDayAndMonth() {
        Instant at = Instant.parse("2026-12-05T02:04:59.900Z");
        assertThat(JOB.periodOf(at)).isEqualTo("2026-12-05T02:00:00Z")
                .isEqualTo(JOB.periodOf(Instant.parse("2026-12-05T02:00:00Z")));
        assertThat(JOB.periodOf(Instant.parse("2026-12-05T02:05:00Z"))).isEqualTo("2026-12-05T02:05:00Z");
        ZoneId china = ChinaTime.ZONE;
        assertThat(ScheduledJob.daily("d", china, Duration.ofMinutes(1)).periodOf(Instant.parse("2026-12-04T16:00:00Z")))
                .as("midnight in China").isEqualTo("2026-12-05");
        assertThat(ScheduledJob.monthly("m", china, Duration.ofMinutes(1)).periodOf(at)).isEqualTo("2026-12");
        assertThatThrownBy(() -> ScheduledJob.every("x", Duration.ofMinutes(7), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduledJob.every("Not A Name", Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
