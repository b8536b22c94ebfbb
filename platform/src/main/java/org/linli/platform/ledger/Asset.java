package org.linli.platform.ledger;

/** What a ledger counts, each in its smallest whole unit. Lines of a posting balance per asset. */
public enum Asset {
    /** Chinese yuan, in fen. */
    CNY,
    /** Residents' reward points. */
    POINTS,
    /** Volunteer time credits, in minutes. */
    MINUTES
}
