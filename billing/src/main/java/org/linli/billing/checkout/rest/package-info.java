/** REST for checkouts in the books: a seller's payout account, the flea-market fee, held purchases, ad splits. */
package org.linli.billing.checkout.rest;
