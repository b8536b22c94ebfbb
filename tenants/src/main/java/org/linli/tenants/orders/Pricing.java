package org.linli.tenants.orders;

import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.PricingModel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * What an order costs, from the offering's price model: fixed; per visit times the quantity; per started hour of
 * the booked slot (or of the offering's duration without one); per m² of the household's floor area, rounded to the
 * nearest fen (half up). Exact in fen throughout.
 */
public final class Pricing {

    private Pricing() {
    }

    public static Money price(Offering offering, int quantity, Duration booked, BigDecimal floorArea) {
        return price(offering.pricing(), offering.unitPrice(), Duration.ofMinutes(offering.durationMinutes()),
                quantity, booked, floorArea);
    }

    /** The price for {@code quantity} under {@code model}; {@code usual} stands in when no slot was booked. */
    public static Money price(PricingModel model, Money unitPrice, Duration usual, int quantity, Duration booked,
                              BigDecimal floorArea) {
        long unit = unitPrice.fen();
        return Money.fen(switch (model) {
            case FIXED -> unit;
            case PER_VISIT, PER_MONTH -> Math.multiplyExact(unit, quantity);
            case HOURLY -> {
                long minutes = (booked == null ? usual : booked).toMinutes();
                yield Math.multiplyExact(unit, (minutes + 59) / 60);
            }
            case PER_SQM -> {
                if (floorArea == null || floorArea.signum() <= 0) {
                    throw DomainException.conflict("floor_area_unknown");
                }
                yield floorArea.multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.HALF_UP).longValueExact();
            }
        });
    }
}
