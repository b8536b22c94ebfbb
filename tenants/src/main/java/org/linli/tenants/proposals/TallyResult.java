package org.linli.tenants.proposals;

/** How a closed vote ended: an owners' decision passed, was rejected or lacked its quorum; a poll just counted. */
public enum TallyResult {
    PASSED,
    REJECTED,
    NOT_QUORATE,
    COUNTED
}
