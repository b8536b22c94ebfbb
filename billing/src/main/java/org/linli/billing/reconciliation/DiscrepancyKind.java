package org.linli.billing.reconciliation;

/**
 * How the gateway's bill and Linli's books disagree about one payment or refund: the gateway has it and we do not
 * (or not in the ledger), we have it and the gateway does not, or both have it with different amounts.
 */
public enum DiscrepancyKind {
    MISSING_HERE, MISSING_AT_GATEWAY, AMOUNT_MISMATCH
}
