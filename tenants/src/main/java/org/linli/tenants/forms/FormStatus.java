package org.linli.tenants.forms;

/** {@code DRAFT} while designed, {@code PUBLISHED} while collecting answers, {@code CLOSED} afterwards. */
public enum FormStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
