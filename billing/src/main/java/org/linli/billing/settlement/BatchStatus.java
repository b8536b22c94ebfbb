package org.linli.billing.settlement;

/**
 * {@code DRAFT → APPROVED → PAID}, or {@code APPROVED → FAILED → PAID} when a payout fails and is retried. A batch
 * is never deleted: every batch, whatever its state, counts as claimed against what the payee earned.
 */
public enum BatchStatus { DRAFT, APPROVED, PAID, FAILED }
