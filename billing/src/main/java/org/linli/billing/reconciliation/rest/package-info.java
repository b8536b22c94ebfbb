/**
 * The reconciliation API ({@link ReconciliationResource}): finance reconciles a day against the gateway's bill, reads
 * the runs, and works the queue of discrepancies, each resolved with a note. The resource only translates HTTP to
 * {@link org.linli.billing.reconciliation.ReconciliationService}; permissions and audit live on the service.
 */
package org.linli.billing.reconciliation.rest;
