package org.linli.tenants.eldercare;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CareVisitTest {

    private static final Instant NINE = Instant.parse("2026-12-01T01:00:00Z");

    private static CareVisit planned() {
        return new CareVisit(1, 7, 3, NINE);
    }

    @Test
    void aVisitIsCheckedInThenOutWithItsReport() {
        CareVisit visit = planned();
        visit.checkIn("何静", NINE.plusSeconds(300));
        visit.checkOut("一切正常", "聊天", NINE.plusSeconds(3600));
        assertThat(visit.status()).isEqualTo(CareVisit.Status.DONE);
        assertThat(visit.note()).isEqualTo("一切正常");
        assertThat(visit.carer()).isEqualTo("何静");
    }

    @Test
    void checkingOutWithoutCheckingInIsRefused() {
        assertThatThrownBy(() -> planned().checkOut("?", "", NINE)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid_transition");
    }

    @Test
    void aMissedVisitMayStillBeCheckedInLateButADoneOneIsNeverMissed() {
        CareVisit late = planned();
        late.miss();
        late.checkIn("何静", NINE.plusSeconds(3 * 3600));
        assertThat(late.status()).isEqualTo(CareVisit.Status.IN_PROGRESS);

        CareVisit done = planned();
        done.checkIn("何静", NINE);
        done.checkOut("好", "", NINE.plusSeconds(60));
        assertThatThrownBy(done::miss).isInstanceOf(DomainException.class);
    }

    @Test
    void reschedulingKeepsWhenThePatternPlannedIt() {
        CareVisit visit = planned();
        visit.reschedule(NINE.plusSeconds(7200));
        assertThat(visit.scheduledAt()).isEqualTo(NINE.plusSeconds(7200));
        assertThat(visit.plannedFor()).isEqualTo(NINE);
    }
}
