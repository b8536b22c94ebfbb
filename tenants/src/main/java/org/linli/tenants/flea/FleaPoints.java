package org.linli.tenants.flea;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.linli.platform.i18n.Messages;
import org.linli.platform.ledger.LedgerAccount;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.points.Award;
import org.linli.tenants.points.EventKind;
import org.linli.tenants.points.PointsWallet;
import org.linli.tenants.registry.residents.ResidentId;

/**
 * Purchases in points on the points wallet, as the flea-market job (residents cannot move points themselves): the
 * price is spent from the buyer's lots into {@link #HELD} under {@code flea:reservation:{id}}; a handover passes it
 * on from there to the seller in one posting and one new lot; a reservation that ends otherwise gives it back to the
 * buyer's lots. {@link PointsEscrow} states the arithmetic.
 */
@Dependent
class FleaPoints {

    /** Points held for open flea-market reservations: zero whenever none is open. */
    static final LedgerAccount HELD = LedgerAccount.of("points:flea-held");

    @Inject
    PointsWallet wallet;

    void hold(Reservation reservation) {
        long price = reservation.pricePoints();
        job().call(() -> wallet.spend(new ResidentId(reservation.buyerId()), price, reference(reservation),
                Messages.get(Messages.CHINESE, "points.memo.flea",
                        reservation.title()), HELD));
    }

    /** Settles the hold of a reservation that just closed, once: to the seller or back to the buyer. */
    void settle(Reservation reservation) {
        String reference = reference(reservation);
        long held = job().call(() -> wallet.outstanding(reference));
        PointsEscrow escrow = new PointsEscrow(0, held, 0).settle(reservation.status());
        if (escrow.total() != reservation.pricePoints()) {
            throw DomainException.conflict("points_hold_mismatch", reservation.pricePoints(), held);
        }
        if (reservation.status() == ReservationStatus.COMPLETED) {
            Award award = Award.of(new ResidentId(reservation.sellerId()), escrow.seller(),
                    "flea:sale:" + reservation.id(), EventKind.FLEA_SALE, "flea-market: " + reservation.title());
            job().call(() -> wallet.passOn(reference, award));
        } else {
            job().call(() -> wallet.giveBack(reference, escrow.buyer()));
        }
    }

    static String reference(Reservation reservation) {
        return "flea:reservation:" + reservation.id();
    }

    private static CallerContext job() {
        return CallerContext.system("flea-points", TenantContext.require());
    }
}
