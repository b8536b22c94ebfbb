package org.linli.billing.invoicing;

/** {@code ISSUED → PAID}; an invoice is never changed or deleted once issued. */
public enum InvoiceStatus { ISSUED, PAID }
