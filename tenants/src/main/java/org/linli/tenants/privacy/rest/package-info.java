/**
 * The privacy policy API ({@link PrivacyResource}): each role's and level's effective visibility beside the platform
 * default, and setting one tighter or back to the default. The resource only translates HTTP to
 * {@link org.linli.tenants.privacy.PrivacyService}, which refuses anything looser than the platform's policy.
 */
package org.linli.tenants.privacy.rest;
