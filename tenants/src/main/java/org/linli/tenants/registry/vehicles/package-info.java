/**
 * Households' vehicles in the registry: {@link VehicleService} registers and deregisters them, and they move with
 * their household. A plate is sealed at rest and registered once per tenant, found again by its blind index without
 * being exposed, and shown only as the privacy policy discloses it; grid workers see the vehicles of their grids only.
 */
package org.linli.tenants.registry.vehicles;
