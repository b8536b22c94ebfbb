package org.linli.tenants.checkout;

import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantId;

/**
 * The money for a subject is in: fired by billing, once per subject, in the transaction that records the payment
 * (a gateway notify, a trade query, the development gateway), with the tenant bound. The feature that owns the
 * purpose marks its subject paid; when the subject can no longer be paid (lapsed, cancelled) it throws a
 * {@link org.linli.platform.problem.DomainException} with status 409, and billing gives the money back.
 */
public record CheckoutPaid(TenantId tenant, CheckoutPort.Purpose purpose, long subjectId, String reference,
                           Money amount) {
}
