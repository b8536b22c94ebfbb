package org.linli.tenants.orders;

/** The states of a service order; see {@link OrderLifecycle} for the moves between them. */
public enum OrderStatus {
    PLACED,
    PAID,
    ACCEPTED,
    IN_SERVICE,
    COMPLETED,
    REVIEWED,
    CANCELLED,
    REFUND_REQUESTED,
    REFUNDED;

    /** No action leads out of a final state. */
    public boolean isFinal() {
        return this == REVIEWED || this == CANCELLED || this == REFUNDED;
    }
}
