/**
 * The structure API: communities, buildings and units ({@link StructureResource}), households, their history and
 * their owners ({@link HouseholdResource}). The resources only translate HTTP to the registry's services, where
 * permissions, grid scoping and audit live.
 */
package org.linli.tenants.registry.structure.rest;
