package org.linli.tenants.notices;

import java.time.Instant;

/** A notice as its reader lists it: the notice, and when they read and acknowledged it (null while not). */
public record NoticeCard(Notice notice, Instant readAt, Instant acknowledgedAt) {

    public boolean isRead() {
        return readAt != null;
    }

    /** Whether the reader still owes an acknowledgement. */
    public boolean awaitsAcknowledgement() {
        return notice.acknowledgementRequired() && acknowledgedAt == null;
    }
}
