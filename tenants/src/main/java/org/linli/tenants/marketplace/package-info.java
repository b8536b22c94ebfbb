/**
 * The marketplace: providers onboarded, verified and suspended by operators ({@link ProviderService}) with their
 * qualification documents ({@link ProviderDocuments}) and staff accounts ({@link ProviderStaffService}), their
 * offerings in the catalogue ({@link CatalogService}) with their pictures ({@link OfferingImages}), staff time as
 * bookable slots ({@link SlotService}); the pictures and documents they upload are kept here too, beside their rows.
 * Only verified providers' active offerings in enabled modules are on sale, and a slot is booked at most once.
 */
package org.linli.tenants.marketplace;
