package org.linli.tenants.volunteering;

/** Identifies a volunteer activity within its tenant. */
public record ActivityId(long value) {
}
