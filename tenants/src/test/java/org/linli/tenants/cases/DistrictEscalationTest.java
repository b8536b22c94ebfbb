package org.linli.tenants.cases;

import org.junit.jupiter.api.Test;

import org.linli.platform.application.ChinaTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The district reads an escalated case's overdue time as the property company's handlers count it — in the
 * company's working time, carried with the snapshot — and sees its own comment as the case's latest change.
 */
class DistrictEscalationTest {

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ChinaTime.ZONE).toInstant();
    }

    private static CaseSnapshot snapshot(CaseState state, String calendar) {
        return new CaseSnapshot(7L, "绿苑物业", 42L, "消防通道", "绿苑 3栋", "消防通道被占用", "张*", state,
                at("2026-12-01T09:00"), at("2026-12-04T17:00"), calendar, List.of());
    }

    @Test
    void anOverdueCaseCountsOnlyTheCompanysWorkingTimeNotTheWeekend() {
        WorkingCalendar company = WorkingCalendar.OFFICE_HOURS;
        DistrictEscalation escalation = new DistrictEscalation(snapshot(CaseState.IN_PROGRESS,
                company.encode(LocalDate.parse("2026-12-04"))), at("2026-12-05T10:00"));
        // Due Friday 17:00, read Monday 10:00: half an hour on Friday and 90 minutes on Monday, not 65 hours.
        assertThat(escalation.overdue(at("2026-12-07T10:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(escalation.overdue(at("2026-12-04T16:00"))).isZero();
    }

    @Test
    void theCompanysOwnHolidaysAndHoursCountNotTheDistricts() {
        WorkingCalendar company = new WorkingCalendar(ChinaTime.ZONE, WorkingCalendar.OFFICE_HOURS.workdays(), 8 * 60,
                20 * 60, Set.of(LocalDate.parse("2026-12-07")), Set.of());
        DistrictEscalation escalation = new DistrictEscalation(snapshot(CaseState.ACCEPTED,
                company.encode(LocalDate.parse("2026-12-04"))), at("2026-12-05T10:00"));
        // Friday 17:00-20:00, Monday a holiday, Tuesday 08:00-09:00.
        assertThat(escalation.overdue(at("2026-12-08T09:00"))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aResolvedCaseIsNoLongerOverdueAndAnOldSnapshotCountsOfficeHours() {
        DistrictEscalation resolved = new DistrictEscalation(snapshot(CaseState.RESOLVED, null),
                at("2026-12-05T10:00"));
        assertThat(resolved.overdue(at("2026-12-07T10:00"))).isZero();
        DistrictEscalation old = new DistrictEscalation(snapshot(CaseState.REPORTED, null), at("2026-12-05T10:00"));
        assertThat(old.overdue(at("2026-12-07T10:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void theDistrictsCommentIsTheCasesLatestChange() {
        DistrictEscalation escalation = new DistrictEscalation(snapshot(CaseState.IN_PROGRESS, null),
                at("2026-12-05T10:00"));
        escalation.commented(at("2026-12-06T11:00"));
        assertThat(escalation.updatedAt()).isEqualTo(at("2026-12-06T11:00"));
        assertThat(escalation.escalatedAt()).isEqualTo(at("2026-12-05T10:00"));
    }
}
