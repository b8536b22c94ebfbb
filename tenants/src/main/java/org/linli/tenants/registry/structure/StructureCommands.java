package org.linli.tenants.registry.structure;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** What operators enter to build up the registry's structure. */
public final class StructureCommands {

    private StructureCommands() {
    }

    public record NewCommunity(@NotBlank @Size(max = 100) String name, @Size(max = 200) String address) {
    }

    public record NewBuilding(@NotNull CommunityId community, @NotBlank @Size(max = 50) String name) {
    }

    public record NewUnit(@NotNull BuildingId building, @NotBlank @Size(max = 50) String name) {
    }

    /** {@code floorArea} in square metres, up to two decimals. */
    public record NewHousehold(@NotNull UnitId unit, @NotBlank @Size(max = 20) String room,
                               @DecimalMin("0.00") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2)
                               BigDecimal floorArea) {
    }
}
