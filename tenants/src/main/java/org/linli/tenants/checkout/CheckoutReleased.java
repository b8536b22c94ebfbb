package org.linli.tenants.checkout;

import org.linli.platform.tenancy.TenantId;

/**
 * What was held for a subject may go to its payee: fired by the flea market in the transaction of the handover of
 * a purchase paid online. Billing moves the held money to the seller, less the tenant's platform fee, and pays it
 * out.
 */
public record CheckoutReleased(TenantId tenant, CheckoutPort.Purpose purpose, long subjectId) {
}
