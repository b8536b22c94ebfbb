package org.linli.tenants.cases;

/** Where a case stands; see {@link CaseLifecycle} for the moves between them. */
public enum CaseState {
    REPORTED,
    ACCEPTED,
    ASSIGNED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED,
    REJECTED,
    REOPENED;

    /** Closed and rejected cases accept nothing more. */
    public boolean isFinal() {
        return this == CLOSED || this == REJECTED;
    }

    /** Whether the case still waits for its handlers (the resolve deadline runs). */
    public boolean isOpen() {
        return !isFinal() && this != RESOLVED;
    }
}
