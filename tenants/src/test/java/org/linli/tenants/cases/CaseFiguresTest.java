package org.linli.tenants.cases;

import org.junit.jupiter.api.Test;
import org.linli.platform.identity.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Statistics measure each rate against what could be measured, and group cases biggest first. */
class CaseFiguresTest {

    private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");

    private static CivicCase resolved(boolean onTime, Integer stars, boolean reopened) {
        CivicCase c = CivicCaseTest.fresh();
        c.accept(new UserId(1), T0.plusSeconds(60));
        c.assign(new CivicCase.Assignee(AssigneeKind.STAFF, 2L, null, "运营", null), T0.plusSeconds(120));
        c.start(T0.plusSeconds(180));
        Instant at = onTime ? T0.plusSeconds(3600) : c.resolveDue().plus(Duration.ofHours(1));
        c.resolve("好了", at);
        if (reopened) {
            c.reopen(CivicCaseTest.deadlines(at.plusSeconds(60)), at.plusSeconds(60));
        } else if (stars != null) {
            c.rate(stars, null, at.plusSeconds(60));
        }
        return c;
    }

    @Test
    void ratesCountOnlyWhatCouldBeMeasured() {
        List<CivicCase> cases = List.of(resolved(true, 5, false), resolved(false, 3, false),
                resolved(true, null, true), CivicCaseTest.fresh());
        CaseFigures f = CaseFigures.figures(new CaseFigures.Group("g", "一网格"), cases);
        assertThat(f.volume()).isEqualTo(4);
        assertThat(f.accepted()).isEqualTo(3);
        assertThat(f.acceptedOnTime()).isEqualTo(1.0);
        assertThat(f.resolved()).isEqualTo(2);
        assertThat(f.resolvedOnTime()).isEqualTo(0.5);
        assertThat(f.rated()).isEqualTo(2);
        assertThat(f.satisfaction()).isEqualTo(4.0);
        assertThat(f.reopenRate()).isEqualTo(1.0 / 3);
    }

    @Test
    void nothingToMeasureIsNoFigureRatherThanZero() {
        CaseFigures f = CaseFigures.figures(new CaseFigures.Group(null, "—"), List.of(CivicCaseTest.fresh()));
        assertThat(f.acceptedOnTime()).isNull();
        assertThat(f.resolvedOnTime()).isNull();
        assertThat(f.satisfaction()).isNull();
        assertThat(f.reopenRate()).isNull();
    }

    @Test
    void groupsComeBiggestFirst() {
        List<CaseFigures> all = CaseFigures.of(List.of(resolved(true, 5, false), CivicCaseTest.fresh(),
                CivicCaseTest.fresh()), c -> new CaseFigures.Group(c.state().name(), c.state().name()));
        assertThat(all).extracting(CaseFigures::label).containsExactly("REPORTED", "CLOSED");
    }
}
