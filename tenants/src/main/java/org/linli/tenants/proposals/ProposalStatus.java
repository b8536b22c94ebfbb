package org.linli.tenants.proposals;

/**
 * Stored states: {@code DRAFT} (a resident's proposal gathering co-signatures), {@code OPEN} (discussion, then
 * voting between its dates, see {@link Phase}), {@code CLOSED} (counted; the tally is seen by operators) and
 * {@code PUBLISHED} (the tally is public to the tenant).
 */
public enum ProposalStatus {
    DRAFT,
    OPEN,
    CLOSED,
    PUBLISHED
}
