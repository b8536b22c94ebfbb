/**
 * The flea market between neighbours (跳蚤市场 / 邻里闲置): verified residents list what they no longer need (free,
 * for yuan, for points or either), neighbours browse and reserve, the two agree inside the reservation, and the
 * handover against the buyer's pickup code closes the trade — moving held points to the seller on the ledger, or
 * releasing money paid online through the checkout port. Operators moderate reported listings and keep the tenant's
 * category list.
 */
package org.linli.tenants.flea;
