package org.linli.tenants.notices;

import java.time.Instant;
import java.util.Comparator;

/** A notice as its reader lists it: the notice, and when they read and acknowledged it (null while not). */
public record NoticeCard(Notice notice, Instant readAt, Instant acknowledgedAt) {

    /** The order a reader sees their notices in: pinned first, then unread, then newest published. */
    public static final Comparator<NoticeCard> READING_ORDER = Comparator
            .comparing((NoticeCard c) -> !c.notice().pinned())
            .thenComparing(NoticeCard::isRead)
            .thenComparing(c -> c.notice().publishedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.notice().id(), Comparator.reverseOrder());

    public boolean isRead() {
        return readAt != null;
    }

    /** Whether the reader still owes an acknowledgement. */
    public boolean awaitsAcknowledgement() {
        return notice.acknowledgementRequired() && acknowledgedAt == null;
    }
}
