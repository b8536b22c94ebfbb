package org.linli.billing.payments;

/** A payment attempt at the gateway: waiting for the payer, paid, or closed unpaid (timed out or given up). */
public enum PaymentStatus {
    WAITING, PAID, CLOSED
}
