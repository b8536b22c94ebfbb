package org.linli.tenants.volunteering.rest;

import org.linli.tenants.volunteering.Activity;
import org.linli.tenants.volunteering.ActivityStatus;

import java.time.Instant;

/** An activity as the API shows it; its QR secret never leaves the server. */
public record ActivityResponse(long id, long communityId, Long organiserId, String title, String description,
                               String place, Instant startsAt, Instant endsAt, int places, int placesLeft,
                               String skills, Long minutesPerAttendee, ActivityStatus status, Long creditPostingId) {

    static ActivityResponse of(Activity a) {
        return new ActivityResponse(a.id().value(), a.communityId(), a.organiserId(), a.title(), a.description(),
                a.place(), a.startsAt(), a.endsAt(), a.places(), a.placesLeft(), a.skills(), a.minutesPerAttendee(),
                a.status(), a.creditPostingId());
    }
}
