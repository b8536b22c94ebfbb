package org.linli.tenants.eldercare;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarePlanTest {

    // 2026-11-30 is a Monday.
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static CarePlan mondaysAndThursdaysAtHalfPastNine(LocalDate firstDay) {
        return new CarePlan(7, null, 3, new CareCommands.NewPlan(new ResidentId(7), new ProviderId(3), "探访",
                EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), LocalTime.of(9, 30), 60, List.of("量血压", "助浴"),
                firstDay), "ops", Instant.EPOCH);
    }

    @Test
    void visitsFollowTheWeeklyPatternAtTheTimeOfDayInChina() {
        assertThat(mondaysAndThursdaysAtHalfPastNine(MONDAY).visitsBetween(MONDAY, MONDAY.plusDays(14)))
                .containsExactly(Instant.parse("2026-11-30T01:30:00Z"), Instant.parse("2026-12-03T01:30:00Z"),
                        Instant.parse("2026-12-07T01:30:00Z"), Instant.parse("2026-12-10T01:30:00Z"));
    }

    @Test
    void noVisitIsPlannedBeforeTheFirstDay() {
        assertThat(mondaysAndThursdaysAtHalfPastNine(MONDAY.plusDays(4)).visitsBetween(MONDAY, MONDAY.plusDays(8)))
                .containsExactly(Instant.parse("2026-12-07T01:30:00Z"));
    }

    @Test
    void thePatternAndTasksSurviveTheirStoredForm() {
        CarePlan plan = mondaysAndThursdaysAtHalfPastNine(MONDAY);
        assertThat(plan.weekdays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(plan.time()).isEqualTo(LocalTime.of(9, 30));
        assertThat(plan.tasks()).containsExactly("量血压", "助浴");
    }

    @Test
    void anEndedPlanCannotEndAgain() {
        CarePlan plan = mondaysAndThursdaysAtHalfPastNine(MONDAY);
        plan.end();
        assertThatThrownBy(plan::end).isInstanceOf(DomainException.class);
    }
}
