package org.linli.platform.jobs;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Forgets the period records of scheduled jobs once they were kept long enough ({@link ScheduledJob#kept()}: a day
 * past a sweep's slice, three days for a daily cycle, forty for a monthly one), once a day in the cluster.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class JobHistory {

    static final ScheduledJob JOB = ScheduledJob.daily("job-history", ZoneOffset.UTC, Duration.ofMinutes(30));

    @Inject
    ScheduledRounds rounds;

    @Schedule(hour = "3", minute = "15", persistent = false)
    void daily() {
        rounds.platform(JOB, () -> "forgot " + rounds.forgetExpired() + " job records");
    }
}
