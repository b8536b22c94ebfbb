/**
 * The parking API ({@link ParkingResource}): lots and spaces, monthly permits requested as orders (with an
 * Idempotency-Key) and those soon running out, and visitors' entries and exits with their fees. The resource only
 * translates HTTP to {@link org.linli.tenants.parking.ParkingLots}, {@link org.linli.tenants.parking.ParkingPermits}
 * and {@link org.linli.tenants.parking.VisitorSessions}; permissions and audit live on the services.
 */
package org.linli.tenants.parking.rest;
