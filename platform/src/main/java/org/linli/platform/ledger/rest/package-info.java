/**
 * Finance's read of the ledger ({@link LedgerResource}): the postings about a business reference, the trial balance and
 * the invariant check. It is read-only, because only system jobs post; permissions live on
 * {@link org.linli.platform.ledger.Ledger}.
 */
package org.linli.platform.ledger.rest;
