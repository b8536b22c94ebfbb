package org.linli.tenants.marketplace;

/**
 * Moderation state of an offering: providers publish ({@code ACTIVE}) or withdraw ({@code WITHDRAWN}) their own;
 * operators may take one down ({@code BLOCKED}), which only an operator can undo.
 */
public enum OfferingStatus {
    ACTIVE,
    WITHDRAWN,
    BLOCKED
}
