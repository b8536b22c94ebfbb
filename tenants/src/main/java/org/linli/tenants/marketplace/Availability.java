package org.linli.tenants.marketplace;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.linli.platform.application.ChinaTime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A staff member's weekly working pattern, turned into bookable slots: on {@code weekdays} from {@code from} to
 * {@code until} (local time in China), slots of {@code slotMinutes}, for {@code days} days starting {@code firstDay}.
 */
public record Availability(@NotNull LocalDate firstDay, @Min(1) @Max(60) int days, @NotEmpty Set<DayOfWeek> weekdays,
                           @NotNull LocalTime from, @NotNull LocalTime until, @Min(30) @Max(720) int slotMinutes) {

    /** The periods this pattern describes, in time order. */
    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            LocalDate date = firstDay.plusDays(day);
            if (!weekdays.contains(date.getDayOfWeek())) {
                continue;
            }
            ZonedDateTime start = date.atTime(from).atZone(ChinaTime.ZONE);
            ZonedDateTime end = date.atTime(until).atZone(ChinaTime.ZONE);
            while (!start.plusMinutes(slotMinutes).isAfter(end)) {
                periods.add(new Period(start.toInstant(), start.plusMinutes(slotMinutes).toInstant()));
                start = start.plusMinutes(slotMinutes);
            }
        }
        return periods;
    }

    /** A half-open period of time {@code [start, end)}. */
    public record Period(Instant start, Instant end) {

        public boolean overlaps(Instant otherStart, Instant otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end);
        }
    }
}
