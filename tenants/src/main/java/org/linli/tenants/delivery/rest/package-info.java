/**
 * The parcels API ({@link ParcelResource}): the station's intake, waiting and overdue lists and pickup against the
 * code, and a resident's own parcels and doorstep orders (with an Idempotency-Key). The resource only translates HTTP
 * to {@link org.linli.tenants.delivery.ParcelService}; permissions, the module check and audit live on the service.
 */
package org.linli.tenants.delivery.rest;
