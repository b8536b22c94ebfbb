/**
 * Checkouts (flea-market purchases, ad bookings) in the books: a flea-market purchase paid online is held until the
 * handover, then released to the seller less the tenant's platform fee and paid out to the seller's Alipay account;
 * an ad booking's payment is split between platform and tenant under the ADS module's commission rule. Refunds take
 * back what they gave, and every posting is idempotent.
 */
package org.linli.billing.checkout;
