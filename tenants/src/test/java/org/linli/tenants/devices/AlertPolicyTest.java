package org.linli.tenants.devices;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.linli.platform.application.ChinaTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dedupe, correlation and quiet hours, with events arriving as a clock moves on. A small in-memory desk applies the
 * decisions as the pipeline does: a repeat counts towards its alert, a raise adds one (a correlated raise joins the
 * other alert's case).
 */
class AlertPolicyTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-04T02:00:00Z")); // 10:00 in Shanghai
    private Desk desk;

    @BeforeEach
    void openDesk() {
        desk = new Desk();
    }

    private static AlertRule rule(int dedupe, int correlation, Integer quietFrom, Integer quietTo) {
        return new AlertRule(EventKind.SMOKE, new DeviceCommands.RuleDetails(dedupe, correlation, quietFrom, quietTo,
                Severity.HIGH, 7L));
    }

    @Test
    void theSameDeviceAndKindWithinTheDedupeWindowIsOneAlertThatCounts() {
        AlertRule rule = rule(10, 0, null, null);

        desk.event(rule, 1);
        clock.advance(Duration.ofMinutes(9));
        desk.event(rule, 1);
        clock.advance(Duration.ofMinutes(9));
        desk.event(rule, 1);

        assertThat(desk.alerts).hasSize(1);
        assertThat(desk.alerts.get(0).count).isEqualTo(3);
    }

    @Test
    void anEventPastTheWindowAfterTheLastOneRaisesANewAlert() {
        AlertRule rule = rule(10, 0, null, null);

        desk.event(rule, 1);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        desk.event(rule, 1);

        assertThat(desk.alerts).hasSize(2);
    }

    @Test
    void anotherDeviceIsAnotherAlertAndAZeroWindowNeverDedupes() {
        desk.event(rule(10, 0, null, null), 1);
        desk.event(rule(10, 0, null, null), 2);
        desk.event(rule(0, 0, null, null), 2);

        assertThat(desk.alerts).hasSize(3);
    }

    @Test
    void aLateEventOfTheWindowStillCountsTowardsItsAlert() {
        AlertRule rule = rule(10, 0, null, null);
        desk.event(rule, 1);

        Decision late = desk.decideAt(rule, 1, clock.instant().minus(Duration.ofMinutes(5)));

        assertThat(late.decision).isInstanceOf(AlertPolicy.Repeat.class);
    }

    @Test
    void twoDetectorsOfOneBuildingWithinTheCorrelationWindowAreCriticalAndShareTheCase() {
        AlertRule rule = rule(10, 2, null, null);

        Desk.Alert first = desk.event(rule, 1);
        first.caseId = 900L;
        clock.advance(Duration.ofSeconds(110));
        Desk.Alert second = desk.event(rule, 2);

        assertThat(first.severity).isEqualTo(Severity.CRITICAL);
        assertThat(second.severity).isEqualTo(Severity.CRITICAL);
        assertThat(second.caseId).isEqualTo(900L);
    }

    @Test
    void detectorsFartherApartInTimeThanTheWindowStayAtTheRulesSeverity() {
        AlertRule rule = rule(10, 2, null, null);

        Desk.Alert first = desk.event(rule, 1);
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        Desk.Alert second = desk.event(rule, 2);

        assertThat(first.severity).isEqualTo(Severity.HIGH);
        assertThat(second.severity).isEqualTo(Severity.HIGH);
    }

    @Test
    void withoutACorrelationWindowNothingCorrelates() {
        AlertRule rule = rule(10, 0, null, null);

        desk.event(rule, 1);
        Desk.Alert second = desk.event(rule, 2);

        assertThat(second.severity).isEqualTo(Severity.HIGH);
    }

    @Test
    void eventsInQuietHoursAreRecordedOnlyAndQuietHoursMayWrapMidnight() {
        AlertRule rule = rule(10, 0, 22 * 60, 7 * 60);

        clock.travelTo(Instant.parse("2026-12-04T14:30:00Z")); // 22:30 in Shanghai
        assertThat(desk.decideAt(rule, 1, clock.instant()).raise().quiet()).isTrue();
        clock.travelTo(Instant.parse("2026-12-04T22:59:00Z")); // 06:59
        assertThat(desk.decideAt(rule, 1, clock.instant()).raise().quiet()).isTrue();
        clock.travelTo(Instant.parse("2026-12-04T23:00:00Z")); // 07:00
        assertThat(desk.decideAt(rule, 1, clock.instant()).raise().quiet()).isFalse();
        clock.travelTo(Instant.parse("2026-12-04T13:59:00Z")); // 21:59
        assertThat(desk.decideAt(rule, 1, clock.instant()).raise().quiet()).isFalse();
    }

    @Test
    void quietHoursWithinOneDayAndNoneAtAll() {
        AlertRule daytime = rule(10, 0, 12 * 60, 14 * 60);
        AlertRule none = rule(10, 0, null, null);

        clock.travelTo(Instant.parse("2026-12-04T04:30:00Z")); // 12:30
        assertThat(desk.decideAt(daytime, 1, clock.instant()).raise().quiet()).isTrue();
        assertThat(desk.decideAt(none, 1, clock.instant()).raise().quiet()).isFalse();
        clock.travelTo(Instant.parse("2026-12-04T06:00:00Z")); // 14:00
        assertThat(desk.decideAt(daytime, 1, clock.instant()).raise().quiet()).isFalse();
    }

    private record Decision(AlertPolicy.Decision decision) {

        AlertPolicy.Raise raise() {
            return (AlertPolicy.Raise) decision;
        }
    }

    /** The alerts of one building, kept as the pipeline keeps them. */
    private final class Desk {

        final List<Alert> alerts = new ArrayList<>();

        final class Alert {
            final long id;
            final long device;
            final Instant first;
            Instant last;
            int count = 1;
            Severity severity;
            Long caseId;

            Alert(long id, long device, Instant at, Severity severity) {
                this.id = id;
                this.device = device;
                this.first = at;
                this.last = at;
                this.severity = severity;
            }

            AlertPolicy.Recent recent() {
                return new AlertPolicy.Recent(id, device, first, last, caseId);
            }
        }

        Decision decideAt(AlertRule rule, long device, Instant at) {
            AlertPolicy.Recent latest = alerts.stream().filter(a -> a.device == device)
                    .reduce((a, b) -> b).map(Alert::recent).orElse(null);
            List<AlertPolicy.Recent> nearby = alerts.stream().filter(a -> a.device != device).map(Alert::recent)
                    .toList();
            return new Decision(AlertPolicy.decide(rule, new AlertPolicy.Situation(device, at, ChinaTime.ZONE, latest,
                    nearby)));
        }

        Alert event(AlertRule rule, long device) {
            Instant at = clock.instant();
            AlertPolicy.Decision decision = decideAt(rule, device, at).decision();
            if (decision instanceof AlertPolicy.Repeat repeat) {
                Alert alert = alerts.stream().filter(a -> a.id == repeat.alertId()).findFirst().orElseThrow();
                alert.count++;
                alert.last = at;
                return alert;
            }
            AlertPolicy.Raise raise = (AlertPolicy.Raise) decision;
            Alert alert = new Alert(alerts.size() + 1, device, at, raise.severity());
            Optional<AlertPolicy.Recent> other = raise.correlated();
            other.ifPresent(o -> alerts.stream().filter(a -> a.id == o.alertId()).findFirst().ifPresent(a -> {
                a.severity = Severity.CRITICAL;
                alert.caseId = a.caseId;
            }));
            alerts.add(alert);
            return alert;
        }
    }

    /** A clock the test moves: on by a duration, or to a moment. */
    static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void travelTo(Instant moment) {
            now = moment;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
