/**
 * The database: data source settings, Liquibase migrations at start, and the start-up check that the application's
 * PostgreSQL role is bound by row-level security.
 */
package org.linli.infra.persistence;
