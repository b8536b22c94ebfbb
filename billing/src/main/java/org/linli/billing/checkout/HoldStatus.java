package org.linli.billing.checkout;

/** Money of a flea-market purchase: held until the handover, then released to the seller, or refunded before. */
public enum HoldStatus { HELD, RELEASED, REFUNDED }
