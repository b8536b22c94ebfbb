/**
 * The double-entry ledger of each tenant, one engine for money, points and time credits ({@link Asset}): {@link Ledger}
 * writes {@link PostingDraft}s on {@link LedgerAccount}s and answers balances, statements and the invariant check.
 * Postings are append-only: written only when balanced, once per idempotency key, corrected only by reversal; and only
 * system jobs hold the right to post.
 */
package org.linli.platform.ledger;
