/**
 * Reconciliation (对账): the gateway's daily bill matched against payments, refunds and the ledger, with a queue of
 * discrepancies for finance — including calls the gateway refused, recorded as they happen.
 */
package org.linli.billing.reconciliation;
