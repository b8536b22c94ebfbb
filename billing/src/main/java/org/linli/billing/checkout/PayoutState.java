package org.linli.billing.checkout;

/**
 * The seller's payout of a released purchase: none yet (still held), waiting (no payout account, or the gateway
 * refused or did not answer: finance sees why and retries), or paid out.
 */
public enum PayoutState { NONE, WAITING, PAID }
