/**
 * Alipay's open platform through its official SDK: the cashier address, trade queries, closes, refunds, royalty
 * settles and bills, the asynchronous notifies, and RSA2 signatures made and checked with keys parsed once.
 */
package org.linli.billing.payments.alipay;
