package org.linli.tenants.eldercare;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** What operators and families enter for elder care. */
public final class CareCommands {

    private CareCommands() {
    }

    /** A care plan for an elder: who visits, on which weekdays at what time, for how long, doing what. */
    public record NewPlan(@NotNull ResidentId elder, @NotNull ProviderId provider,
                          @NotBlank @Size(max = 100) String title, @NotEmpty Set<DayOfWeek> weekdays,
                          @NotNull LocalTime time, @Min(15) @Max(480) int durationMinutes,
                          @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> tasks,
                          @NotNull LocalDate firstDay) {
    }
}
