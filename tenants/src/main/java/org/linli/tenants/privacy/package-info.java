/**
 * Who sees which personal data, and how: each personal field with its privacy level and mask ({@link PersonalField}),
 * the platform's default per role ({@link PlatformPrivacyPolicy}), the tenant's tightenings ({@link PrivacyService}),
 * and {@link Disclosure}, which every response, grid and export asks. A tenant may tighten the platform's policy but
 * never loosen it, and a sealed value is never shown in full in a list: it is revealed one at a time, on purpose, and
 * recorded for the resident to see ({@link DataAccess}).
 */
package org.linli.tenants.privacy;
