/**
 * Gateway payments for what is not a marketplace order (flea-market purchases, ad bookings): the port the features
 * call and the events billing answers with. Billing implements the port; the features never see a gateway.
 */
package org.linli.tenants.checkout;
