package org.linli.tenants.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** What the case use cases take, validated before anything is read or written. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /**
     * A report. A resident reporting for themselves leaves {@code residentId} and {@code channel} empty; staff on a
     * resident's behalf give both; a system files with {@code source} DEVICE and names the place. The place is the
     * reporter's household ({@code HOUSEHOLD}), a building ({@code buildingId}) or a common area of a community
     * ({@code communityId} and {@code placeName}).
     */
    public record Report(@NotNull Long categoryId, @NotBlank @Size(max = 2000) String description,
                         @NotNull PlaceKind placeKind, Long communityId, Long buildingId,
                         @Size(max = 200) String placeName, Long residentId, CaseChannel channel,
                         CaseSource source) {
    }

    /**
     * A device's alert filed by a system: the category the alert's rule names and the device's place — a household
     * ({@code householdId}, no reporting resident needed), a building ({@code buildingId}) or a common area of a
     * community ({@code communityId} and {@code placeName}).
     */
    public record DeviceReport(@NotNull Long categoryId, @NotBlank @Size(max = 2000) String description,
                               @NotNull PlaceKind placeKind, Long communityId, Long buildingId, Long householdId,
                               @Size(max = 200) String placeName) {
    }

    /** Whom to assign: a user (staff or grid worker) or a provider, and for a provider whether the work is paid. */
    public record Assignment(@NotNull AssigneeKind kind, Long userId, Long providerId, WorkTerms terms,
                             @Size(max = 500) String note) {
    }

    /** A step appended by a handler: text, and whether the reporter sees it. */
    public record Step(@NotBlank @Size(max = 2000) String text, boolean internal) {
    }

    /** The result of the work, shown to the reporter. */
    public record Resolution(@NotBlank @Size(max = 2000) String result) {
    }

    /** Why a case is not taken up. */
    public record Rejection(@NotBlank @Size(max = 500) String reason) {
    }

    /** Why the reporter reopens a case. */
    public record Reopening(@NotBlank @Size(max = 500) String reason) {
    }

    /** The reporter's rating. */
    public record Rating(@Min(1) @Max(5) int stars, @Size(max = 500) String comment) {
    }

    /** A comment of a supervising district's operator on a case escalated to it. */
    public record Comment(@NotBlank @Size(max = 2000) String text) {
    }

    /** A category's names and SLA in working minutes. */
    public record CategoryDetails(Long parentId, @NotBlank @Size(max = 40) String name,
                                  @NotBlank @Size(max = 60) String nameEn,
                                  @Min(1) @Max(100_000) long acceptMinutes,
                                  @Min(1) @Max(1_000_000) long resolveMinutes,
                                  @Min(0) @Max(10_000) int position, boolean active) {
    }

    /** The weekly schedule and thresholds (minutes of the day; percentages of an SLA). */
    public record Schedule(@NotBlank @Size(max = 40) String zone, @NotEmpty Set<DayOfWeek> workdays,
                           @Min(0) @Max(1439) int dayStart, @Min(1) @Max(1440) int dayEnd,
                           @Min(10) @Max(99) int warnPercent, @Min(101) @Max(1000) int districtPercent) {
    }

    /** A holiday or make-up working day. */
    public record SpecialDay(@NotNull LocalDate day, @NotNull DayKind kind, @NotBlank @Size(max = 60) String name) {
    }

    /** The queue's filters; all optional. */
    public record QueueFilter(CaseState state, Long categoryId, Long gridId, boolean overdueOnly) {
    }

    /** A statistics period: from (inclusive) to (exclusive), by report time. */
    public record Period(@NotNull Instant from, @NotNull Instant to) {
    }
}
