package org.linli.platform.audit;

/** How an audited call ended. */
public enum Outcome {
    SUCCESS,
    /** Refused for lack of permission or sign-in. */
    DENIED,
    /** Refused by a business rule or invalid input. */
    REJECTED,
    /** Failed unexpectedly. */
    FAILED
}
