/**
 * The resident registry's API: communities, buildings and units ({@link StructureResource}), households and their
 * owners ({@link HouseholdResource}), residents disclosed by the privacy policy ({@link ResidentResource}), vehicles,
 * grids, import and export, re-sealing after a key rotation, self-registration by invite code and a resident's own
 * data. The resources only translate HTTP to the registry's services; permissions, grid scoping, disclosure and audit
 * live there, so no resource decides what a caller may see.
 */
package org.linli.tenants.registry.rest;
