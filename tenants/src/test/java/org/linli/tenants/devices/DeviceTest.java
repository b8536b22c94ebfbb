package org.linli.tenants.devices;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.TooManyRequests;
import org.linli.tenants.cases.PlaceKind;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A device's life: heard from, silent, offline with one maintenance case, back again, retired. */
class DeviceTest {

    private static final Instant START = Instant.parse("2026-12-04T02:00:00Z");

    private static Device device() {
        return new Device("d1-abcdefghij", "3号楼烟感", DeviceKind.SMOKE_DETECTOR,
                new Device.Place(PlaceKind.BUILDING, 1, 2L, null, "幸福里 3号楼", null), "v1:k:sealed", 60, START);
    }

    @Test
    void aDeviceIsSilentOnlyOnceItsHeartbeatIntervalHasPassedSinceItWasLastHeard() {
        Device device = device();

        assertThat(device.silentAt(START.plus(Duration.ofMinutes(60)))).isFalse();
        assertThat(device.silentAt(START.plus(Duration.ofMinutes(61)))).isTrue();
        device.heardAt(START.plus(Duration.ofMinutes(50)));
        assertThat(device.silentAt(START.plus(Duration.ofMinutes(61)))).isFalse();
        assertThat(device.silentAt(START.plus(Duration.ofMinutes(111)))).isTrue();
    }

    @Test
    void anOfflineDeviceIsNotSilentAgainSoItsSilenceRaisesOneCase() {
        Device device = device();
        Instant late = START.plus(Duration.ofHours(3));

        device.wentOffline(77L);

        assertThat(device.state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(device.offlineCaseId()).isEqualTo(77L);
        assertThat(device.silentAt(late)).isFalse();
        assertThatThrownBy(() -> device.wentOffline(78L)).isInstanceOf(DomainException.class);
    }

    @Test
    void theNextEventBringsAnOfflineDeviceBackAndEndsItsSilence() {
        Device device = device();
        device.wentOffline(77L);
        Instant back = START.plus(Duration.ofHours(3));

        assertThat(device.heardAt(back)).isEqualTo(77L);
        assertThat(device.state()).isEqualTo(DeviceState.ACTIVE);
        assertThat(device.offlineCaseId()).isNull();
        assertThat(device.lastSeenAt()).isEqualTo(back);
        assertThat(device.heardAt(back.minusSeconds(30))).isNull();
        assertThat(device.lastSeenAt()).as("an older event does not move last-seen back").isEqualTo(back);
    }

    @Test
    void aRetiredDeviceCannotBeRekeyedRenamedOrRetiredAgain() {
        Device device = device();
        device.retire();

        assertThat(device.state()).isEqualTo(DeviceState.RETIRED);
        assertThat(device.silentAt(START.plus(Duration.ofDays(9)))).isFalse();
        assertThatThrownBy(() -> device.rotateSecret("v1:k:new", START)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> device.rename("x", 5)).isInstanceOf(DomainException.class);
        assertThatThrownBy(device::retire).isInstanceOf(DomainException.class);
    }

    @Test
    void theFalsePositiveRateCountsLabelledAlertsOnly() {
        assertThat(LabelFigures.NONE.falsePositivePercent()).isNull();
        assertThat(new LabelFigures(10, 0, 0).falsePositivePercent()).isNull();
        assertThat(new LabelFigures(10, 4, 1).falsePositivePercent()).isEqualTo(25);
        assertThat(new LabelFigures(9, 3, 2).falsePositivePercent()).isEqualTo(67);
        assertThat(new LabelFigures(3, 3, 3).falsePositivePercent()).isEqualTo(100);
    }

    @Test
    void aDeviceMaySendSixtyEventsAMinuteThenWaitsForTheNextMinute() {
        EventThrottle throttle = new EventThrottle();
        Instant minute = Instant.parse("2026-12-04T02:00:00Z");
        for (int i = 0; i < EventThrottle.PER_MINUTE; i++) {
            throttle.admit("d1-abcdefghij", minute.plusMillis(i * 100L));
        }
        throttle.admit("d1-bbbbbbbbbb", minute.plusSeconds(10));

        assertThatThrownBy(() -> throttle.admit("d1-abcdefghij", minute.plusSeconds(45)))
                .isInstanceOfSatisfying(TooManyRequests.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(15)));
        throttle.admit("d1-abcdefghij", minute.plusSeconds(60));
    }

    @Test
    void onlyAHomesDoorSensorOrWaterMeterWatchesItsResidentsActivityWhichNeverMovesBack() {
        Device.Place home = new Device.Place(PlaceKind.HOUSEHOLD, 1, 2L, 3L, "幸福里 3号楼 101", null);
        Device door = new Device("d1-doordoordo", "家门门磁", DeviceKind.DOOR_SENSOR, home, "v1:k:sealed", 60, START);
        Device smoke = new Device("d1-smokesmoke", "厨房烟感", DeviceKind.SMOKE_DETECTOR, home, "v1:k:sealed", 60,
                START);
        assertThat(door.watchesActivity()).isTrue();
        assertThat(smoke.watchesActivity()).isFalse();
        assertThat(device().watchesActivity()).as("a device of a building").isFalse();

        door.activityAt(START.plus(Duration.ofMinutes(30)));
        door.activityAt(START.plus(Duration.ofMinutes(10)));
        assertThat(door.lastActivityAt()).as("a late event does not move it back")
                .isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(EventKind.DOOR_OPEN.showsActivity()).isTrue();
        assertThat(EventKind.SMOKE.showsActivity()).isFalse();
    }
}
