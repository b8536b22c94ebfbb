/**
 * The marketplace: providers onboarded, verified and suspended by operators with their qualification documents
 * ({@link ProviderService}), their offerings and pictures in the catalogue ({@link CatalogService}), staff time as
 * bookable slots ({@link SlotService}), and the files they upload ({@link UploadedFile}). Only verified providers'
 * active offerings in enabled modules are on sale, a slot is booked at most once, and a file's type is read from its
 * bytes, never from its name.
 */
package org.linli.tenants.services;
