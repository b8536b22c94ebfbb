package org.linli.tenants.points;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which rule version pays, how much, within which period and daily cap. */
class EarningRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    private static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");

    @Test
    void theActiveVersionIsInForceAndRetiredVersionsNeverPay() {
        EarningRule first = new EarningRule(EventKind.FORM_ANSWERED, null, 1, terms(5, null, null, null), NOW);
        first.retire(NOW);
        EarningRule second = new EarningRule(EventKind.FORM_ANSWERED, null, 2, terms(8, null, null, null), NOW);

        assertThat(EarningRule.inForce(List.of(first, second), DAY)).contains(second);
        second.retire(NOW);
        assertThat(EarningRule.inForce(List.of(first, second), DAY)).isEmpty();
    }

    @Test
    void aVersionPaysOnlyWithinItsActivePeriodBothEndsIncluded() {
        EarningRule rule = new EarningRule(EventKind.CHECK_IN, "garbage-sorting", 1,
                terms(2, null, DAY, DAY.plusDays(10)), NOW);

        assertThat(EarningRule.inForce(List.of(rule), DAY.minusDays(1))).isEmpty();
        assertThat(EarningRule.inForce(List.of(rule), DAY)).contains(rule);
        assertThat(EarningRule.inForce(List.of(rule), DAY.plusDays(10))).contains(rule);
        assertThat(EarningRule.inForce(List.of(rule), DAY.plusDays(11))).isEmpty();
    }

    @Test
    void volunteeringPaysPerWholeHourShareAndOtherKindsPerEvent() {
        EarningTerms tenPerHour = terms(10, null, null, null);

        assertThat(tenPerHour.pointsFor(EventKind.VOLUNTEER_MINUTES, 90)).isEqualTo(15);
        assertThat(tenPerHour.pointsFor(EventKind.VOLUNTEER_MINUTES, 5)).isZero();
        assertThat(tenPerHour.pointsFor(EventKind.ORDER_REVIEWED, 1)).isEqualTo(10);
        assertThat(tenPerHour.pointsFor(EventKind.CHECK_IN, 1)).isEqualTo(10);
    }

    @Test
    void theDailyCapCutsAnAwardToWhatIsLeftAndNeverBelowZero() {
        assertThat(EarningTerms.capped(5, 12, 0)).isEqualTo(5);
        assertThat(EarningTerms.capped(5, 12, 10)).isEqualTo(2);
        assertThat(EarningTerms.capped(5, 12, 12)).isZero();
        assertThat(EarningTerms.capped(5, 12, 20)).isZero();
    }

    @Test
    void termsRefuseNonsense() {
        assertThatThrownBy(() -> terms(0, null, null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> terms(1, 0L, null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> terms(1, null, DAY, DAY.minusDays(1))).isInstanceOf(DomainException.class);
    }

    @Test
    void awardsExpireByTheTenantsPolicy() {
        assertThat(ExpiryPolicy.END_OF_NEXT_YEAR.expiryOf(DAY, 0)).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(ExpiryPolicy.MONTHS.expiryOf(DAY, 6)).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    private static EarningTerms terms(long points, Long cap, LocalDate from, LocalDate until) {
        return new EarningTerms(points, cap, from, until);
    }
}
