/**
 * Residents' orders of offerings: booking (with a slot, and points as a discount), the order lifecycle from placed
 * to reviewed, payment at the gateway or in time-bank minutes through ports other modules implement, cancellation,
 * refunds and complaints, and the history of every step.
 */
package org.linli.tenants.orders;
