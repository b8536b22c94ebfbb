/**
 * Module fees: each tenant's monthly invoice for the paid modules it had on, posted as a receivable and paid at the
 * gateway or by bank transfer ({@link org.linli.billing.invoicing.InvoicingService}), and the cycle that issues last
 * month's invoices on the 1st ({@link org.linli.billing.invoicing.InvoiceCycle}). It never moves an order's money.
 */
package org.linli.billing.invoicing;
