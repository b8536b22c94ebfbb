package org.linli.tenants.devices;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.tenants.cases.PlaceKind;

/** What the device use cases take, validated before anything is read or written. */
public final class DeviceCommands {

    /** The longest heartbeat interval: a week. */
    public static final int MAX_HEARTBEAT_MINUTES = 7 * 24 * 60;

    private DeviceCommands() {
    }

    /**
     * A device to register: its place is a household ({@code householdId}), a building ({@code buildingId}) or a
     * common area of a community ({@code communityId} and {@code placeName}).
     */
    public record Registration(@NotBlank @Size(max = 80) String name, @NotNull DeviceKind kind,
                               @NotNull PlaceKind placeKind, Long communityId, Long buildingId, Long householdId,
                               @Size(max = 100) String placeName,
                               @Min(1) @Max(MAX_HEARTBEAT_MINUTES) int heartbeatMinutes) {
    }

    /** A device's name and heartbeat interval, which may change while it is in service. */
    public record Changes(@NotBlank @Size(max = 80) String name,
                         @Min(1) @Max(MAX_HEARTBEAT_MINUTES) int heartbeatMinutes) {
    }

    /** A rule's settings; quiet hours are minutes of the day, both given or neither. */
    public record RuleDetails(@Min(0) @Max(1440) int dedupeMinutes, @Min(0) @Max(60) int correlationMinutes,
                              @Min(0) @Max(1439) Integer quietFrom, @Min(0) @Max(1439) Integer quietTo,
                              @NotNull Severity severity, Long categoryId) {
    }

    /**
     * The no-activity rule for elders living alone: the daytime (minutes of the day, start before end), how long a
     * home may be still in it, how long the family and carers have to acknowledge an alert before a case is opened,
     * and the case category (none: the default category for it).
     */
    public record ActivitySettings(boolean enabled, @Min(60) @Max(720) int silenceMinutes,
                                   @Min(0) @Max(1439) int dayStart, @Min(1) @Max(1440) int dayEnd,
                                   @Min(5) @Max(720) int acknowledgeMinutes, Long categoryId) {

        @AssertTrue(message = "{activity_daytime}")
        public boolean isDaytimeOrdered() {
            return dayStart < dayEnd;
        }
    }

    /** The device list's filters; all optional. */
    public record DeviceFilter(DeviceKind kind, DeviceState state, Long communityId) {
    }

    /** The alert list's filters; all optional. */
    public record AlertFilter(Long deviceId, EventKind kind, boolean unlabelledOnly) {
    }
}
