/**
 * The resident registry, collected once and used by every module. Each part has its own package: the structure of
 * communities, buildings and households ({@code structure}), the residents ({@code residents}), their vehicles
 * ({@code vehicles}), grids ({@code grids}), self-registration by invite ({@code selfregistration}) and bulk import and
 * export ({@code importexport}). What spans them stays here: the registry's history ({@link RegistryEvent}), its
 * figures for supervisors ({@link RegistryFigures}) and re-sealing after a key rotation ({@link Resealing}).
 */
package org.linli.tenants.registry;
