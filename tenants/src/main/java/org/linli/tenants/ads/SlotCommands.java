package org.linli.tenants.ads;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** What operators say about a slot. */
public final class SlotCommands {

    /** A slot reaches at most this many communities (none listed: all of the tenant's). */
    public static final int MAX_COMMUNITIES = 50;
    /** A slot keeps at most this many blackout days (days on which it is not sold). */
    public static final int MAX_BLACKOUT_DAYS = 60;

    private SlotCommands() {
    }

    /** A new slot, or the whole new description of an existing one. Sizes in pixels, the price in fen per day. */
    public record NewSlot(@NotBlank @Size(max = 100) String name, @NotNull Placement placement,
                          @NotNull @Min(1) @Max(4000) Integer width, @NotNull @Min(1) @Max(4000) Integer height,
                          @NotNull @Min(0) @Max(100_000_000) Long pricePerDayFen,
                          @Size(max = MAX_COMMUNITIES) List<Long> communities,
                          @Size(max = MAX_BLACKOUT_DAYS) List<LocalDate> blackoutDays) {
    }
}
