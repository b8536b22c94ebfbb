/**
 * The registry's structure: communities, their buildings and units, and the households (homes) in them, with floor
 * areas ({@link StructureService}). Households are never deleted: they are deactivated when empty or merged into
 * another, and both stay in the history; a merge moves the residents and vehicles along.
 */
package org.linli.tenants.registry.structure;
