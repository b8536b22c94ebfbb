package org.linli.tenants.timebank;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.platform.money.Money;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.registry.residents.ResidentId;

/** What members and operators ask of the time bank. Minutes are whole and positive; a movement is at most 100 h. */
public final class TimeBankCommands {

    /** The most minutes one movement carries: 100 hours. */
    public static final long MAX_MINUTES = 6000;

    private TimeBankCommands() {
    }

    /** Minutes to another member, named by their public member code, with a note for them. */
    public record Transfer(@NotBlank @Size(max = 20) String memberCode, @Min(1) @Max(MAX_MINUTES) long minutes,
                           @Size(max = 200) String note) {
    }

    /** Minutes given to the tenant's love pool. */
    public record Donation(@Min(1) @Max(MAX_MINUTES) long minutes, @Size(max = 200) String note) {
    }

    /** Minutes from the love pool to an elder living alone, with the operator's reason. */
    public record Grant(@NotNull ResidentId resident, @Min(1) @Max(MAX_MINUTES) long minutes,
                        @NotBlank @Size(max = 200) String note) {
    }

    /** The tenant's settings: balance bounds, a minute's value in fen and how providers of time orders are paid. */
    public record SettingsChange(@Min(-100_000) @Max(0) long minimumBalance,
                                 @Min(1) @Max(1_000_000) long maximumBalance,
                                 @Min(1) @Max(100_000) long minuteValueFen,
                                 @NotNull TimeCompensation compensation) {
    }

    /** An order paid in minutes by the signed-in member: what it costs, whose it is, and its reference. */
    public record Spend(@NotNull ProviderId provider, @NotNull Money amount, @NotBlank @Size(max = 60) String reference,
                        @Size(max = 100) String title) {
    }
}
