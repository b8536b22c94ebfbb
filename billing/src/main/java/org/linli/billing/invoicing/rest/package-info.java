/**
 * The invoice API ({@link InvoiceResource}): a tenant's monthly module invoices with their lines and PDF, issued and
 * marked paid by bank transfer by platform operators, or paid at the gateway's cashier by the tenant. The resource only
 * translates HTTP to {@link org.linli.billing.invoicing.InvoicingService}; permissions and audit live on the service.
 */
package org.linli.billing.invoicing.rest;
