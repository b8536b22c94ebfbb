package org.linli.platform.problem;

/** What sort of problem a caller caused; the REST layer turns each kind into one HTTP status. */
public enum ProblemKind {
    /** Input that cannot be processed as given, usually with per-field errors. */
    INVALID,
    /** The caller is not signed in or the credentials are wrong. */
    UNAUTHENTICATED,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    /** Nothing with that id exists for the caller (including: it belongs to another tenant). */
    NOT_FOUND,
    /** The request conflicts with the current state (duplicate name, invalid state transition). */
    CONFLICT,
    /** Well-formed input that cannot be processed, e.g. an idempotency key reused for a different request. */
    UNPROCESSABLE,
    /** The account is temporarily locked. */
    LOCKED,
    /** The request body is larger than anything Linli accepts there. */
    TOO_LARGE,
    /** The server is busy with this kind of request right now; the caller may retry shortly. */
    TOO_MANY_REQUESTS
}
