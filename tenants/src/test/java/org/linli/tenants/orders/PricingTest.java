package org.linli.tenants.orders;

import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.marketplace.PricingModel;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PricingTest {

    private static final Duration USUAL = Duration.ofMinutes(120);

    @Test
    void aFixedPriceIgnoresQuantityAndTime() {
        assertThat(price(PricingModel.FIXED, 9900, 3, Duration.ofHours(5), null)).isEqualTo(Money.fen(9900));
    }

    @Test
    void perVisitMultipliesByTheQuantity() {
        assertThat(price(PricingModel.PER_VISIT, 4500, 4, null, null)).isEqualTo(Money.fen(18000));
    }

    @Test
    void hourlyChargesEveryStartedHourOfTheBookedSlot() {
        assertThat(price(PricingModel.HOURLY, 5000, 1, Duration.ofMinutes(120), null)).isEqualTo(Money.fen(10000));
        assertThat(price(PricingModel.HOURLY, 5000, 1, Duration.ofMinutes(150), null)).isEqualTo(Money.fen(15000));
        assertThat(price(PricingModel.HOURLY, 5000, 1, Duration.ofMinutes(30), null)).isEqualTo(Money.fen(5000));
    }

    @Test
    void hourlyWithoutASlotUsesTheUsualDuration() {
        assertThat(price(PricingModel.HOURLY, 5000, 1, null, null)).isEqualTo(Money.fen(10000));
    }

    @Test
    void perSquareMetreUsesTheRegisteredFloorAreaRoundedHalfUpToTheFen() {
        assertThat(price(PricingModel.PER_SQM, 350, 1, null, new BigDecimal("89.50"))).isEqualTo(Money.fen(31325));
        assertThat(price(PricingModel.PER_SQM, 333, 1, null, new BigDecimal("10.05"))).isEqualTo(Money.fen(3347));
    }

    @Test
    void perSquareMetreWithoutAFloorAreaIsRefused() {
        assertThatThrownBy(() -> price(PricingModel.PER_SQM, 350, 1, null, null))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("floor_area_unknown");
    }

    @Test
    void freeStaysFree() {
        for (PricingModel model : PricingModel.values()) {
            assertThat(price(model, 0, 2, Duration.ofHours(3), BigDecimal.TEN)).isEqualTo(Money.ZERO);
        }
    }

    private static Money price(PricingModel model, long unitFen, int quantity, Duration booked, BigDecimal area) {
        return Pricing.price(model, Money.fen(unitFen), USUAL, quantity, booked, area);
    }
}
