/**
 * Settlement (结算): T+N batches per payee, approved by one finance user and paid out by another, to payout accounts
 * that one finance user proposes and another confirms.
 */
package org.linli.billing.settlement;
