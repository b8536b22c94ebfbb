package org.linli.tenants.points;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.platform.problem.MultiLine;

/** What operators enter to stock the points mall. */
public final class MallCommands {

    private MallCommands() {
    }

    /** A new reward, on sale at once. */
    public record NewReward(@NotBlank @Size(max = 60) String name, @Size(max = 500) @MultiLine String description,
                            @NotNull @Min(1) @Max(1_000_000) Long price, @NotNull @Min(0) @Max(1_000_000) Integer stock,
                            @NotNull @Min(1) @Max(1000) Integer perPersonLimit) {
    }

    /** New stock and, when given, whether the reward is on sale. */
    public record RewardChange(@NotNull @Min(0) @Max(1_000_000) Integer stock, RewardStatus status) {
    }
}
