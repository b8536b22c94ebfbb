/**
 * The marketplace: providers onboarded, verified and suspended by operators with their qualification documents
 * ({@link ProviderService}), their offerings and pictures in the catalogue ({@link CatalogService}), staff time as
 * bookable slots ({@link SlotService}); the pictures and documents they upload are kept here too, beside their rows.
 * Only verified providers' active offerings in enabled modules are on sale, and a slot is booked at most once.
 */
package org.linli.tenants.marketplace;
