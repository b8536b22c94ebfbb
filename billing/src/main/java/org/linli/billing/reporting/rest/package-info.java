/**
 * The revenue API ({@link RevenueResource}): a period's revenue per module, week and provider as JSON, CSV, Excel or
 * PDF in the caller's language, every tenant side by side for platform finance, and the split lines behind the report,
 * streamed page by page. The figures come from {@link org.linli.billing.reporting.RevenueReport} and its sibling
 * services, which hold the permissions; the resource only renders them.
 */
package org.linli.billing.reporting.rest;
