package org.linli.tenants.notices;

/**
 * Where a notice is in its life. {@code EXPIRED} is never stored: a published notice past its valid-until is shown
 * as expired (see {@link Notice#stateAt}), so that no job has to run for a notice to stop being shown.
 */
public enum NoticeState {
    DRAFT,
    PUBLISHED,
    WITHDRAWN,
    EXPIRED
}
