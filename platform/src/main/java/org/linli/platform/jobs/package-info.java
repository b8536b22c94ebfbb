/**
 * Scheduled jobs in a cluster: every node's timers fire, and {@link org.linli.platform.jobs.ScheduledRounds} lets
 * one node do each tenant's part of a job's period. A lease in the database ({@link org.linli.platform.jobs.JobLeases},
 * ShedLock's JDBC provider) keeps two nodes from working at once, and a record per job, tenant and period keeps a
 * period from being done twice; a node that dies mid-run leaves no record, and its lease ends by itself, so the next
 * tick of any node takes the work up.
 */
package org.linli.platform.jobs;
