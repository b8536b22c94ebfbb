package org.linli.tenants.flea;

/**
 * How the buyer of a reservation pays: nothing for a free item; points held at reservation and passed to the seller
 * at handover; yuan in hand at handover (only recorded); or yuan online at the cashier, held until handover.
 */
public enum Payment {
    FREE, POINTS, YUAN_OFFLINE, YUAN_ONLINE
}
