package org.linli.tenants.flea;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

/**
 * A listing's price: free has no amounts; yuan has a positive fen amount only; points a positive points amount only;
 * either has both. Anything else is a field error, so a stored price is always one of the four shapes.
 */
public record Price(PriceKind kind, Long fen, Long points) {

    /** Neighbours' second-hand goods: a car is not sold here (¥100,000.00 at most). */
    public static final long MAX_FEN = 10_000_000L;
    public static final long MAX_POINTS = 10_000_000L;

    public Price {
        if (kind == null) {
            throw DomainException.invalid(FieldError.of("priceKind", "required"));
        }
        if (kind.takesYuan() != (fen != null)) {
            throw DomainException.invalid(FieldError.of("priceFen",
                    kind.takesYuan() ? "required" : "price_not_allowed"));
        }
        if (kind.takesPoints() != (points != null)) {
            throw DomainException.invalid(FieldError.of("pricePoints",
                    kind.takesPoints() ? "required" : "price_not_allowed"));
        }
        if (fen != null && (fen <= 0 || fen > MAX_FEN)) {
            throw DomainException.invalid(FieldError.of("priceFen", "range", 1, MAX_FEN));
        }
        if (points != null && (points <= 0 || points > MAX_POINTS)) {
            throw DomainException.invalid(FieldError.of("pricePoints", "range", 1, MAX_POINTS));
        }
    }

    public static Price free() {
        return new Price(PriceKind.FREE, null, null);
    }

    /** Whether the buyer may pay this way. */
    public boolean accepts(Payment payment) {
        return switch (payment) {
            case FREE -> kind == PriceKind.FREE;
            case POINTS -> kind.takesPoints();
            case YUAN_OFFLINE, YUAN_ONLINE -> kind.takesYuan();
        };
    }
}
