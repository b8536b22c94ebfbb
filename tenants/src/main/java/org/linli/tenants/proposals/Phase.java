package org.linli.tenants.proposals;

/**
 * Where a proposal stands at a moment: its status, with {@code OPEN} told apart by its dates into
 * {@code DISCUSSION} (before the vote), {@code VOTING} and {@code COUNTING} (the vote has ended, the close is due).
 */
public enum Phase {
    DRAFT,
    DISCUSSION,
    VOTING,
    COUNTING,
    CLOSED,
    PUBLISHED
}
