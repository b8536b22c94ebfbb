package org.linli.tenants.parking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What operators and residents enter for parking. */
public final class ParkingCommands {

    private ParkingCommands() {
    }

    /** A lot in a community, run by a parking provider, with its visitor tariff in fen. */
    public record NewLot(long communityId, long providerId, @NotBlank @Size(max = 100) String name,
                         @Min(0) @Max(720) int freeMinutes, @Min(0) @Max(100_000) long hourlyRateFen,
                         @Min(0) @Max(1_000_000) long dailyCapFen, Long permitOfferingId) {
    }

    /** A resident asks for a monthly permit: which lot, which plate, from when, how many months. */
    public record PermitRequest(LotId lot, @NotBlank String plate, String firstDay, @Min(1) @Max(12) int months) {
    }
}
