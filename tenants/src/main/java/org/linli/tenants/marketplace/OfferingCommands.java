package org.linli.tenants.marketplace;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.platform.problem.MultiLine;
import org.linli.tenants.modules.Module;

import java.util.List;

/** What providers enter to sell something. */
public final class OfferingCommands {

    private OfferingCommands() {
    }

    /** An offering; prices in fen, a unit price of 0 makes it free. */
    public record NewOffering(@NotNull Module module, @NotBlank @Size(max = 100) String title,
                              @Size(max = 2000) @MultiLine String description,
                              @NotNull PricingModel pricing, @Min(0) @Max(100_000_000) long unitPriceFen,
                              @Min(15) @Max(1440) int durationMinutes, boolean needsSlot,
                              @Min(0) @Max(720) int freeCancelHours, @Min(0) @Max(100_000_000) long cancelFeeFen,
                              @Size(max = 20) List<@NotBlank @Size(max = 100) String> checklist) {

        public NewOffering(Module module, String title, String description, PricingModel pricing,
                           long unitPriceFen, int durationMinutes, boolean needsSlot, int freeCancelHours,
                           long cancelFeeFen) {
            this(module, title, description, pricing, unitPriceFen, durationMinutes, needsSlot,
                    freeCancelHours, cancelFeeFen, List.of());
        }
    }
}
