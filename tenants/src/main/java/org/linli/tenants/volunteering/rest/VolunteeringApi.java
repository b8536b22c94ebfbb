package org.linli.tenants.volunteering.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.platform.ledger.LedgerPosting;
import org.linli.tenants.volunteering.AttendanceService;
import org.linli.tenants.volunteering.Direction;
import org.linli.tenants.volunteering.SignUp;
import org.linli.tenants.volunteering.SignUpStatus;
import org.linli.tenants.volunteering.VolunteeringService;

import java.time.Instant;

/**
 * The request and response bodies of {@link VolunteerHoursResource} and {@link VolunteeringResource}, as records;
 * requests carry their Bean Validation constraints.
 */
final class VolunteeringApi {

    private VolunteeringApi() {
    }

    public record ActivityRequest(Long communityId, Long organiserId, String title, String description, String place,
                                  String startsAt, String endsAt, Integer places, String skills,
                                  Long minutesPerAttendee) {
    }

    public record SignUpResponse(long id, long activityId, long residentId, SignUpStatus status, Instant signedUpAt,
                                 Instant checkedInAt, Instant checkedOutAt, Long creditedMinutes) {

        static SignUpResponse of(SignUp s) {
            return new SignUpResponse(s.id(), s.activity().value(), s.resident().value(), s.status(), s.signedUpAt(),
                    s.checkedInAt(), s.checkedOutAt(), s.creditedMinutes());
        }
    }

    public record MySignUpResponse(ActivityResponse activity, SignUpResponse signUp) {

        static MySignUpResponse of(VolunteeringService.MySignUp m) {
            return new MySignUpResponse(ActivityResponse.of(m.activity()), SignUpResponse.of(m.signUp()));
        }
    }

    public record AttendeeResponse(SignUpResponse signUp, String name, long minutes) {

        static AttendeeResponse of(AttendanceService.Attendee a) {
            return new AttendeeResponse(SignUpResponse.of(a.signUp()), a.name(), a.minutes());
        }
    }

    public record EnrolRequest(@NotNull Long residentId) {
    }

    public record TimesRequest(String checkedInAt, String checkedOutAt) {
    }

    public record CodeResponse(String code, String path, Direction direction, Instant expiresAt) {
    }

    public record ScanRequest(String code) {
    }

    public record ScanResponse(long activityId, String title, Direction direction, boolean counted, boolean walkIn,
                               Instant at) {
    }

    public record ReverseRequest(String reason) {
    }

    public record PostingResponse(long id, String kind, String reference, Long reverses) {

        static PostingResponse of(LedgerPosting p) {
            return new PostingResponse(p.id(), p.kind(), p.reference(), p.reverses());
        }
    }

    public record VolunteerRowResponse(long residentId, String name, long activities, long minutes) {
    }

    public record ActivityRowResponse(long activityId, String title, Instant startsAt, long attendees, long minutes) {
    }

    public record MonthRowResponse(int month, long minutes) {
    }
}
