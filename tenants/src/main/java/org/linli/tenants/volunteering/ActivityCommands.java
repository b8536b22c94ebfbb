package org.linli.tenants.volunteering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.platform.problem.MultiLine;

import java.time.Instant;

/** What organisers enter to publish an activity and to correct attendance. */
public final class ActivityCommands {

    /** The most places one activity offers: its attendance list is read whole. */
    public static final int MAX_PLACES = 500;

    private ActivityCommands() {
    }

    /**
     * An activity to publish. {@code organiserId}: the volunteer organisation (a provider) that runs it, or none for
     * the tenant itself; staff of an organisation always publish for their own. {@code minutesPerAttendee}: what
     * each attendee is credited whatever their times (an organiser may count preparation or travel), or none to
     * credit the attended duration (capped at the scheduled one).
     */
    public record NewActivity(@NotNull Long communityId, Long organiserId, @NotBlank @Size(max = 100) String title,
                              @Size(max = 1000) @MultiLine String description, @NotBlank @Size(max = 200) String place,
                              @NotNull Instant startsAt, @NotNull Instant endsAt,
                              @NotNull @Min(1) @Max(MAX_PLACES) Integer places,
                              @Size(max = 200) String skills, @Min(1) @Max(24 * 60) Long minutesPerAttendee) {
    }

    /** The organiser's correction of one attendee's times before verifying: arrived, and left (if known). */
    public record AttendanceTimes(@NotNull Instant checkedInAt, Instant checkedOutAt) {
    }
}
