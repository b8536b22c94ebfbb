package org.linli.tenants.flea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.linli.platform.security.CallerContext;
import org.linli.tenants.checkout.CheckoutPaid;
import org.linli.tenants.checkout.CheckoutPort;

/**
 * Marks reservations paid when billing records their money (and ignores the other purposes). A reservation that
 * can no longer be paid answers 409 from here, in billing's transaction, so that billing gives the money back.
 */
@ApplicationScoped
public class CheckoutFollower {

    @Inject
    TradeService trade;

    void onPaid(@Observes CheckoutPaid paid) {
        if (paid.purpose() == CheckoutPort.Purpose.FLEA_RESERVATION) {
            CallerContext.system("flea-checkout", paid.tenant()).call(() -> trade.checkoutPaid(paid));
        }
    }
}
