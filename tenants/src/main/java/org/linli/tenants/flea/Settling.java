package org.linli.tenants.flea;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.checkout.CheckoutReleased;

import java.time.Instant;

/**
 * What follows when a reservation closes, whoever closes it (a party, the seller at handover, the job): the listing
 * is released or sold, points held are settled, money paid online is refunded, released to the seller or its
 * pending trade abandoned. A plain bean shared by the services, in their transaction.
 */
@Dependent
class Settling {

    @Inject
    FleaPoints points;

    @Inject
    CheckoutPort checkout;

    @Inject
    Event<CheckoutReleased> released;

    /** After a decline, cancellation or lapse: the listing is back on show and the buyer has back what they paid. */
    void unwound(Reservation reservation, Listing listing, Instant now) {
        listing.release(now);
        if (reservation.payment() == Payment.POINTS) {
            points.settle(reservation);
        }
        if (reservation.payment() == Payment.YUAN_ONLINE) {
            if (reservation.isPaid()) {
                checkout.refund(new CheckoutPort.RefundRequest(TenantContext.require(),
                        CheckoutPort.Purpose.FLEA_RESERVATION, reservation.id(), Money.fen(reservation.priceFen()),
                        "flea-cancel-" + reservation.id()));
            } else if (reservation.acceptedAt() != null) {
                checkout.abandon(TenantContext.require(), CheckoutPort.Purpose.FLEA_RESERVATION, reservation.id());
            }
        }
    }

    /** After the handover: the listing is sold and the seller gets the points or the money held. */
    void handedOver(Reservation reservation, Listing listing, Instant now) {
        listing.sell(now);
        if (reservation.payment() == Payment.POINTS) {
            points.settle(reservation);
        }
        if (reservation.payment() == Payment.YUAN_ONLINE) {
            released.fire(new CheckoutReleased(TenantContext.require(), CheckoutPort.Purpose.FLEA_RESERVATION,
                    reservation.id()));
        }
    }
}
