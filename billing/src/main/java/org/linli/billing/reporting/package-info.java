/**
 * Revenue as finance and supervisors read it: the revenue report per module, week and provider from the split lines,
 * and the revenue figures of the oversight dashboard, whose money is hidden where fewer than five providers or
 * payers make it up.
 */
package org.linli.billing.reporting;
