/**
 * Re-sealing the registry's personal data after a key rotation, over HTTP ({@link ResealResource}). The resource only
 * translates HTTP to {@link org.linli.tenants.registry.Resealing}, where the permission and audit live. Each part of
 * the registry has its own API in its package's {@code rest}.
 */
package org.linli.tenants.registry.rest;
