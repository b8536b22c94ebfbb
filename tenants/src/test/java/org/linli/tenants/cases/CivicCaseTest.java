package org.linli.tenants.cases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.linli.platform.identity.UserId;
import org.linli.platform.problem.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case aggregate keeps what its state promises: a resolved case has a result and time, a closed one was resolved
 * (and rated or settled), a rejected one has its reason; the reporter reopens only within seven days, and rates 1-5
 * only a resolved case; deadlines and on-time figures follow the moments things happened.
 */
class CivicCaseTest {

    private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");

    static CivicCase fresh() {
        CivicCase.Place place = new CivicCase.Place(PlaceKind.COMMON_AREA, 1L, null, null, "小区 东门");
        return new CivicCase(new CivicCase.Filing(7L, CaseSource.RESIDENT, CaseChannel.APP, 3L, 4L, 4L, " 路灯不亮 ",
                place, 9L), deadlines(T0), T0);
    }

    static Deadlines deadlines(Instant from) {
        return Deadlines.of(WorkingCalendar.OFFICE_HOURS, from, 120, 960, 80, 200);
    }

    enum Act { ACCEPT, ASSIGN_USER, ASSIGN_PROVIDER, START, STEP, RESOLVE, REJECT, REOPEN, RATE, SETTLE }

    @Property(tries = 2000)
    void noSequenceOfActsBreaksTheAggregate(@ForAll @Size(max = 30) List<Act> acts,
                                            @ForAll @IntRange(min = 1, max = 5) int stars) {
        CivicCase c = fresh();
        Instant now = T0;
        for (Act act : acts) {
            now = now.plus(Duration.ofHours(7));
            CaseState before = c.state();
            try {
                apply(c, act, now, stars);
            } catch (DomainException refused) {
                assertThat(c.state()).as("a refused %s changes nothing", act).isEqualTo(before);
                continue;
            }
            switch (c.state()) {
                case RESOLVED -> assertThat(c.result()).isNotBlank();
                case CLOSED -> assertThat(c.resolvedAt()).isNotNull();
                case REJECTED -> assertThat(c.rejectReason()).isNotBlank();
                case ASSIGNED, IN_PROGRESS -> assertThat(c.assignee()).isNotNull();
                default -> {
                }
            }
            if (c.state().compareTo(CaseState.ACCEPTED) >= 0 && c.state() != CaseState.REJECTED) {
                assertThat(c.acceptedAt()).isNotNull();
            }
            if (c.rating() != null) {
                assertThat(c.state()).isEqualTo(CaseState.CLOSED);
            }
        }
    }

    private static void apply(CivicCase c, Act act, Instant now, int stars) {
        switch (act) {
            case ACCEPT -> c.accept(new UserId(1), now);
            case ASSIGN_USER -> c.assign(new CivicCase.Assignee(AssigneeKind.GRID_WORKER, 5L, null, "网格员",
                    null), now);
            case ASSIGN_PROVIDER -> c.assign(new CivicCase.Assignee(AssigneeKind.PROVIDER, null, 6L, "志愿队",
                    WorkTerms.FREE), now);
            case START -> c.start(now);
            case STEP -> c.startIfAssigned(now);
            case RESOLVE -> c.resolve("已更换灯泡", now);
            case REJECT -> c.reject("不属于本小区", now);
            case REOPEN -> c.reopen(deadlines(now), now);
            case RATE -> c.rate(stars, "好", now);
            case SETTLE -> c.settle(now);
        }
    }

    @Test
    void aReportedCaseCarriesItsDeadlinesInWorkingTime() {
        CivicCase c = fresh();
        // Wednesday 09:00 in Shanghai: accept by 11:00, resolve within 16 working hours (Thursday 16:00).
        assertThat(c.acceptDue()).isEqualTo(Instant.parse("2026-12-02T03:00:00Z"));
        assertThat(c.resolveDue()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(c.acceptWarnAt()).isBefore(c.acceptDue());
        assertThat(c.districtAt()).isAfter(c.resolveDue());
        assertThat(c.description()).isEqualTo("路灯不亮");
        assertThat(c.state()).isEqualTo(CaseState.REPORTED);
    }

    private static CivicCase resolvedAt(Instant at) {
        CivicCase c = fresh();
        c.accept(new UserId(1), T0.plusSeconds(60));
        c.assign(new CivicCase.Assignee(AssigneeKind.STAFF, 2L, null, "运营", null), T0.plusSeconds(120));
        c.start(T0.plusSeconds(180));
        c.resolve("修好了", at);
        return c;
    }

    @Test
    void theReporterReopensWithinSevenDaysOnly() {
        CivicCase c = resolvedAt(T0.plus(Duration.ofHours(2)));
        Instant late = T0.plus(Duration.ofHours(2)).plus(CivicCase.SETTLE_PERIOD).plusSeconds(1);
        assertThatThrownBy(() -> c.reopen(deadlines(late), late)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("case_reopen_period_over");
        Instant inTime = T0.plus(Duration.ofDays(3));
        c.reopen(deadlines(inTime), inTime);
        assertThat(c.state()).isEqualTo(CaseState.REOPENED);
        assertThat(c.reopenCount()).isEqualTo(1);
        assertThat(c.resolveDue()).isAfter(inTime);
    }

    @Test
    void ratingClosesAResolvedCaseAndIsRefusedOtherwise() {
        CivicCase open = fresh();
        assertThatThrownBy(() -> open.rate(5, null, T0)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid_transition");
        CivicCase c = resolvedAt(T0.plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> c.rate(6, null, T0)).isInstanceOf(DomainException.class);
        c.rate(4, "  ", T0.plus(Duration.ofHours(3)));
        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.rating()).isEqualTo(4);
        assertThat(c.ratingComment()).isNull();
    }

    @Test
    void anUnratedResolvedCaseSettlesAfterSevenDays() {
        Instant resolved = T0.plus(Duration.ofHours(1));
        CivicCase c = resolvedAt(resolved);
        assertThat(c.settle(resolved.plus(Duration.ofDays(6)))).isFalse();
        assertThat(c.settle(resolved.plus(CivicCase.SETTLE_PERIOD))).isTrue();
        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void overdueAndOnTimeFollowTheDeadlines() {
        CivicCase c = fresh();
        assertThat(c.overdue(c.acceptDue())).isFalse();
        assertThat(c.acceptOverdue(c.acceptDue().plusSeconds(1))).isTrue();
        CivicCase late = resolvedAt(fresh().resolveDue().plusSeconds(1));
        assertThat(late.acceptedOnTime()).isTrue();
        assertThat(late.resolvedOnTime()).isFalse();
        assertThat(resolvedAt(T0.plusSeconds(600)).resolvedOnTime()).isTrue();
    }
}
