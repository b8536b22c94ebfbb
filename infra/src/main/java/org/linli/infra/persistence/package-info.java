/**
 * The database: data source settings, Liquibase migrations at start, and the start-up check that the application's
 * PostgreSQL role is bound by row-level security; on the embedded database, the Java triggers that stand in for
 * PostgreSQL's procedural ones.
 */
package org.linli.infra.persistence;
