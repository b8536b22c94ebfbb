package org.linli.tenants.flea;

/**
 * The arithmetic of a purchase paid in points, apart from the ledger: at reservation the price is held from the
 * buyer; when the reservation closes, what is held goes either wholly to the seller (a handover) or wholly back to
 * the buyer (declined, cancelled, lapsed). Nothing is created or lost: buyer, hold and seller always sum to what the
 * two had before, and a hold is settled once.
 *
 * @param buyer  the buyer's spendable points
 * @param held   the points held for the reservation
 * @param seller the seller's spendable points
 */
public record PointsEscrow(long buyer, long held, long seller) {

    public PointsEscrow {
        if (buyer < 0 || held < 0 || seller < 0) {
            throw new IllegalArgumentException("negative points: " + buyer + "/" + held + "/" + seller);
        }
    }

    /** Before the reservation: nothing held. */
    public static PointsEscrow before(long buyer, long seller) {
        return new PointsEscrow(buyer, 0, seller);
    }

    /** Holds {@code price} from the buyer, who must have it and have nothing held yet. */
    public PointsEscrow hold(long price) {
        if (price <= 0 || held != 0) {
            throw new IllegalStateException("hold " + price + " with " + held + " held");
        }
        if (price > buyer) {
            throw new IllegalStateException("insufficient: " + price + " > " + buyer);
        }
        return new PointsEscrow(buyer - price, price, seller);
    }

    /** Settles the hold as the reservation closed: to the seller at handover, else back to the buyer. */
    public PointsEscrow settle(ReservationStatus closedAs) {
        if (closedAs.isOpen()) {
            throw new IllegalStateException("an open reservation settles nothing");
        }
        return closedAs == ReservationStatus.COMPLETED ? new PointsEscrow(buyer, 0, seller + held)
                : new PointsEscrow(buyer + held, 0, seller);
    }

    /** How many points the one settling posting moves (to the seller or back to the buyer). */
    public long settling() {
        return held;
    }

    public long total() {
        return buyer + held + seller;
    }
}
