package org.linli.tenants.devices;

/**
 * Where a no-activity concern stands: OPEN (family and carers alerted) → ACKNOWLEDGED (one of them saw to it) or
 * ESCALATED (nobody did in time: a case is open) → RESOLVED (the home is active again, or a new day began after an
 * acknowledgement). An escalated concern may still be acknowledged; it stays escalated, its case is told.
 */
public enum ConcernState {
    OPEN,
    ACKNOWLEDGED,
    ESCALATED,
    RESOLVED;

    public boolean isCurrent() {
        return this != RESOLVED;
    }
}
