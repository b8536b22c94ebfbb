package org.linli.billing.commission;

/** Who receives a part of what a resident paid. */
public enum Party {
    /** The platform company: its commission. */
    PLATFORM,
    /** The street district or property company running the community: its revenue share. */
    TENANT,
    /** The provider who did the work: the rest. */
    PROVIDER
}
