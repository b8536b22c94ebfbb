package org.linli.tenants.proposals;

/**
 * How an owners' decision counts: {@code PER_HOME} — one ballot per home with the home's whole floor area, cast by
 * whichever of its owners votes first; {@code PER_OWNER} — one ballot per owner with the home's area times their
 * share.
 */
public enum Counting {
    PER_HOME,
    PER_OWNER
}
