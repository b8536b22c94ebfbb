/**
 * The people of the registry: residents, their tags and owners' shares ({@link ResidentService},
 * {@link OwnershipService}). Personal values are sealed on the way in and disclosed on the way out as the caller's
 * privacy policy allows ({@link ResidentRecord}); a full read of one is a separate, audited act the resident can see
 * later. ID numbers and mobile numbers are checked ({@link IdNumber}, {@link ContactRules}) and unique per tenant.
 */
package org.linli.tenants.registry.residents;
