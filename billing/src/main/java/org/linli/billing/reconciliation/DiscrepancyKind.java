package org.linli.billing.reconciliation;

/**
 * How the gateway's bill and Linli's books disagree about one payment or refund: the gateway has it and we do not
 * (or not in the ledger), we have it and the gateway does not, or both have it with different amounts; or the gateway
 * refused a call Linli made (a refund, a settle, a close, a query), found as it happened rather than in a bill.
 */
public enum DiscrepancyKind {
    MISSING_HERE, MISSING_AT_GATEWAY, AMOUNT_MISMATCH, GATEWAY_REFUSED
}
