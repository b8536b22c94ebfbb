/**
 * Where the deployable web application starts: {@link Startup}, run after Shiro's environment listener and before any
 * servlet, refuses unsafe configurations, migrates the database, checks the personal-data keys against those the
 * database was sealed with, creates the first platform operator and demo data when configured, and subscribes to the
 * devices' broker. A refusal fails the deployment with its message in the log, so a misconfigured node never serves a
 * request. The sub-packages hold the rest of the wiring, from the security filters to the choice of payment gateway.
 */
package org.linli.infra;
