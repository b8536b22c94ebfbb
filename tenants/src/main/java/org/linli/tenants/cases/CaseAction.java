package org.linli.tenants.cases;

/** What moves a case from one state to another. */
public enum CaseAction {
    ACCEPT,
    ASSIGN,
    START,
    RESOLVE,
    CLOSE,
    REJECT,
    REOPEN
}
