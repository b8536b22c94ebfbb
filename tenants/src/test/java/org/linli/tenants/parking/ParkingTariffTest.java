package org.linli.tenants.parking;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linli.platform.money.Money;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Visitor fees for a lot with 15 free minutes, ¥5.00 per started hour and ¥30.00 per 24 hours at most. */
class ParkingTariffTest {

    private static final ParkingTariff TARIFF = new ParkingTariff(15, Money.fen(500), Money.fen(3000));

    @ParameterizedTest(name = "{0} → {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-01T08:00:00Z | 2026-12-01T08:00:00Z |    0 | no time at all
            2026-12-01T08:00:00Z | 2026-12-01T08:15:00Z |    0 | exactly the free minutes
            2026-12-01T08:00:00Z | 2026-12-01T08:15:01Z |  500 | one second past the free minutes: first hour
            2026-12-01T08:00:00Z | 2026-12-01T09:00:00Z |  500 | one full hour
            2026-12-01T08:00:00Z | 2026-12-01T09:00:01Z | 1000 | a started second hour
            2026-12-01T08:00:00Z | 2026-12-01T13:59:00Z | 3000 | six started hours reach the cap
            2026-12-01T08:00:00Z | 2026-12-01T18:00:00Z | 3000 | ten hours stay capped
            2026-12-01T14:00:00Z | 2026-12-02T00:30:00Z | 3000 | overnight, within 24 hours: one cap
            2026-12-01T14:00:00Z | 2026-12-02T14:00:00Z | 3000 | exactly 24 hours: one cap
            2026-12-01T14:00:00Z | 2026-12-02T15:00:00Z | 3500 | 25 hours: a cap and one hour
            2026-12-01T14:00:00Z | 2026-12-03T14:10:00Z | 6500 | two days and ten minutes: no free minutes again
            2026-12-01T20:00:00Z | 2026-12-04T08:00:00Z | 9000 | a long weekend: 2.5 days, capped each 24 hours
            """)
    void feesMatchTheTable(String entered, String exited, long fen, String why) {
        assertThat(TARIFF.fee(Duration.between(Instant.parse(entered), Instant.parse(exited))))
                .as(why).isEqualTo(Money.fen(fen));
    }

    @ParameterizedTest(name = "a free lot charges nothing for {0} minutes")
    @CsvSource({"0", "59", "61", "1440", "5000"})
    void aLotWithoutRatesIsFree(long minutes) {
        assertThat(new ParkingTariff(0, Money.ZERO, Money.ZERO).fee(Duration.ofMinutes(minutes)))
                .isEqualTo(Money.ZERO);
    }
}
