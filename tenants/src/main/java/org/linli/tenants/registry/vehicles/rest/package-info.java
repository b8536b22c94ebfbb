/**
 * The vehicles API ({@link VehicleResource}): a household's vehicles, a vehicle found by plate, registered and
 * deregistered. The resource only translates HTTP to {@link org.linli.tenants.registry.vehicles.VehicleService}, where
 * permissions, disclosure, grid scoping and audit live.
 */
package org.linli.tenants.registry.vehicles.rest;
