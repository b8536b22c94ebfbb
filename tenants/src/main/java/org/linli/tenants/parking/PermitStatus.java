package org.linli.tenants.parking;

/**
 * {@code PENDING} until its order is paid, then {@code ACTIVE}; {@code CANCELLED} when the order is cancelled or
 * refunded.
 */
public enum PermitStatus {
    PENDING,
    ACTIVE,
    CANCELLED
}
