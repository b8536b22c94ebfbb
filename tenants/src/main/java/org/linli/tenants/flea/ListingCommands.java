package org.linli.tenants.flea;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.platform.problem.MultiLine;

/** What sellers, buyers and operators enter in the flea market. */
public final class ListingCommands {

    private ListingCommands() {
    }

    /** A listing's words, category, condition, reach, pickup place and price. */
    public record Details(@NotBlank @Size(max = 100) String title, @Size(max = 2000) @MultiLine String description,
                          @NotNull Long categoryId, @NotNull ItemCondition condition, @NotNull Reach reach,
                          @NotBlank @Size(max = 200) String pickupPlace, @NotNull Price price) {
    }

    /** What a buyer looks for; every part optional. */
    public record Search(Long communityId, Long categoryId, PriceKind priceKind, @Size(max = 50) String text) {
    }

    /** A rating of the other party of a completed trade. */
    public record Rating(@NotNull @Min(1) @Max(5) Integer stars, @Size(max = 300) String comment) {
    }

    /** A resident's report of a listing. */
    public record Report(@NotBlank @Size(max = 300) String reason) {
    }

    /** An operator's note on hiding or restoring a listing. */
    public record ModerationNote(@NotBlank @Size(max = 300) String note) {
    }

    /** A category of the tenant's list; forbidden ones refuse listings. */
    public record CategoryDetails(@NotBlank @Size(max = 40) String name, @NotBlank @Size(max = 40) String nameEn,
                                  boolean forbidden, @Min(0) @Max(1000) int position) {
    }

    /** The tenant's flea-market settings. */
    public record Settings(@NotNull @Min(1) @Max(100) Integer suspendAfterUpheldReports) {
    }
}
