package org.linli.tenants.flea;

/** Where a listing stands; see {@link ListingLifecycle}. */
public enum ListingStatus {
    DRAFT, PUBLISHED, RESERVED, SOLD, WITHDRAWN, EXPIRED;

    /** Nothing moves a sold or withdrawn listing any more. */
    public boolean isFinal() {
        return this == SOLD || this == WITHDRAWN;
    }

    /** Whether neighbours can find it (moderation aside). */
    public boolean isOnShow() {
        return this == PUBLISHED || this == RESERVED;
    }
}
