/**
 * The audit log screen: the trail in the reader's words (actions, system jobs and tenants by name), filtered by
 * actor, action and outcome, with the supervisors' looks one click away.
 */
package org.linli.ui.console.audit;
