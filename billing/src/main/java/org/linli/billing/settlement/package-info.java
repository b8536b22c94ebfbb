/**
 * Settlement (结算): T+N batches per payee ({@link SettlementService}), approved by one finance user and paid out by
 * another, on a cycle finance sets ({@link SettlementTermsService}), to payout accounts that one finance user proposes
 * and another confirms ({@link PayoutAccountService}).
 */
package org.linli.billing.settlement;
