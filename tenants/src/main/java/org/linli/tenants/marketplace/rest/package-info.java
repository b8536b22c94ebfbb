/**
 * The marketplace API: providers and their qualification documents ({@link ProviderResource},
 * {@link ProviderDocumentResource}), offerings and their pictures ({@link OfferingResource},
 * {@link OfferingImageResource}), and staff slots ({@link SlotResource}); files travel as raw bodies through the
 * shared {@code files.rest.FileBodies}. The resources only translate HTTP to the marketplace's services, where
 * permissions, the check of a file's real type and audit live.
 */
package org.linli.tenants.marketplace.rest;
