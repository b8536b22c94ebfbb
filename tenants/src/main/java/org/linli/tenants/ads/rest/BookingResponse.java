package org.linli.tenants.ads.rest;

import org.linli.tenants.ads.AdBooking;
import org.linli.tenants.ads.BookingStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking as the API shows it: amounts in fen, {@code phase} (SCHEDULED, RUNNING, ENDED) only when paid, and
 * where its creative's image is (relative to the API root) once submitted.
 */
public record BookingResponse(long id, long slotId, long advertiserId, LocalDate firstDay, LocalDate lastDay,
                              long days, long amountFen, BookingStatus status, AdBooking.Phase phase, String linkUrl,
                              String text, String imageUrl, String reviewNote, Instant paidAt, Instant cancelledAt,
                              long refundedFen, Instant requestedAt) {

    static BookingResponse of(AdBooking b, LocalDate today) {
        return new BookingResponse(b.id().value(), b.slot().value(), b.advertiserId(), b.days().first(),
                b.days().last(), b.days().count(), b.amount().fen(), b.status(), b.phase(today), b.linkUrl(),
                b.creativeText(), b.hasCreative() ? "ads/bookings/" + b.id().value() + "/creative/image" : null,
                b.reviewNote(), b.paidAt(), b.cancelledAt(), b.refunded().fen(), b.requestedAt());
    }
}
