/**
 * The people of the registry: residents, their tags and owners' shares. {@link ResidentService} changes them,
 * {@link ResidentDirectory} reads them and {@link OwnershipService} keeps the shares. Personal values are sealed on
 * the way in and disclosed on the way out as the caller's privacy policy allows ({@link ResidentRecords}); a full read
 * of one is a separate, audited act the resident can see later. ID numbers and mobile numbers are checked ({@link IdNumber}, {@link ContactRules}) and unique per tenant.
 */
package org.linli.tenants.registry.residents;
