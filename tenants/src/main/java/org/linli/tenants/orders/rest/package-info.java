/**
 * The orders API: orders of every module placed with an Idempotency-Key, followed with their history and review, moved
 * through their lifecycle or paid in time-bank minutes ({@link OrderResource}); and residents' complaints with their
 * resolution by operators ({@link ComplaintResource}). The resources only translate HTTP to
 * {@link org.linli.tenants.orders.OrderService} and {@link org.linli.tenants.orders.ComplaintService}, which decide
 * each party's actions and hold the permissions and audit.
 */
package org.linli.tenants.orders.rest;
