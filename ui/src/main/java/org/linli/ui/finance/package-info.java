/**
 * Finance staff's views: revenue reports, the ledger with its check and the liabilities of money, minutes and points,
 * settlements paid by two people, module invoices and reconciliation with the payment gateway.
 */
package org.linli.ui.finance;
