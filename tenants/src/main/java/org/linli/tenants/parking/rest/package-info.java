/**
 * The parking API ({@link ParkingResource}): lots and spaces, monthly permits requested as orders (with an
 * Idempotency-Key) and those soon running out, and visitors' entries and exits with their fees. The resource only
 * translates HTTP to {@link org.linli.tenants.parking.ParkingService}; permissions and audit live on the service.
 */
package org.linli.tenants.parking.rest;
