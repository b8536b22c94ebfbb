package org.linli.tenants.cases;

/** What a step of a case records. */
public enum StepKind {
    REPORTED,
    ACCEPTED,
    ASSIGNED,
    STARTED,
    PROGRESS,
    RESOLVED,
    REJECTED,
    REOPENED,
    RATED,
    CLOSED,
    ESCALATED,
    DISTRICT_COMMENT,
    /** The case's place moved to another grid, and the case with it. */
    REROUTED
}
