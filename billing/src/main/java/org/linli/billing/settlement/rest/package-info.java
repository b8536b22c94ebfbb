/**
 * The settlement API ({@link SettlementResource}): the T+N cycle, batches drafted per payee, approved, paid and
 * retried, their PDF statements, where each payee stands, and payout accounts proposed and confirmed. The resource only
 * translates HTTP to {@link org.linli.billing.settlement.SettlementService},
 * {@link org.linli.billing.settlement.SettlementTermsService} and
 * {@link org.linli.billing.settlement.PayoutAccountService}, which keep the four-eyes rule (one finance user approves
 * or proposes, another pays or confirms), the permissions and the audit.
 */
package org.linli.billing.settlement.rest;
