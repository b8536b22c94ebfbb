package org.linli.billing.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.linli.platform.security.CallerContext;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.checkout.CheckoutReleased;

/**
 * The flea market handed a purchase paid online over: its held money is released to the seller (less the fee) and
 * paid out, in the handover's transaction, as billing's own job (the seller who confirmed the handover may not post
 * to the ledger).
 */
@ApplicationScoped
public class CheckoutReleases {

    @Inject
    CheckoutBooks books;

    void released(@Observes CheckoutReleased event) {
        if (event.purpose() != CheckoutPort.Purpose.FLEA_RESERVATION) {
            return;
        }
        CallerContext.system("flea-release", event.tenant()).run(() -> books.release(event.subjectId()));
    }
}
