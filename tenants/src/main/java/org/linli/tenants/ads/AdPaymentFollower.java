package org.linli.tenants.ads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.tenants.checkout.CheckoutPaid;
import org.linli.tenants.checkout.CheckoutPort;

/**
 * Marks a booking paid when the checkout reports its money in (and ignores every other purpose). A booking that can
 * no longer be paid answers 409, which tells billing to give the money back; that answer is decided before any
 * state changes, so that billing's transaction, which records the refund, is not spoilt by a failed update.
 */
@ApplicationScoped
public class AdPaymentFollower {

    @Inject
    AdBookingService bookings;

    void onPaid(@Observes CheckoutPaid paid) {
        if (paid.purpose() != CheckoutPort.Purpose.AD_BOOKING) {
            return;
        }
        AdBookingId id = new AdBookingId(paid.subjectId());
        CallerContext.system("ad-payment", paid.tenant()).run(() -> {
            AdBooking booking = bookings.get(id);
            if (booking.status() == BookingStatus.CANCELLED) {
                throw DomainException.conflict("ad_booking_cancelled");
            }
            if (booking.status() != BookingStatus.PAID) {
                bookings.markPaid(id, paid.reference(), paid.amount());
            }
        });
    }
}
