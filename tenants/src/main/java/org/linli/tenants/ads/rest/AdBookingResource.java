package org.linli.tenants.ads.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.TimeValues;
import org.linli.tenants.ads.AdBooking;
import org.linli.tenants.ads.AdBookingId;
import org.linli.tenants.ads.AdBookingService;
import org.linli.tenants.ads.AdSlotId;
import org.linli.tenants.ads.BookingCommands;
import org.linli.tenants.ads.BookingStatus;
import org.linli.tenants.ads.RefundPolicy;
import org.linli.tenants.ads.rest.AdsApi.BookingRequest;
import org.linli.tenants.ads.rest.AdsApi.DayResponse;
import org.linli.tenants.ads.rest.AdsApi.NoteRequest;
import org.linli.tenants.ads.rest.AdsApi.PayRequest;
import org.linli.tenants.ads.rest.AdsApi.PayResponse;
import org.linli.tenants.ads.rest.AdsApi.PolicyRequest;
import org.linli.tenants.ads.rest.AdsApi.PolicyResponse;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.files.rest.FileBodies;

import java.io.InputStream;
import java.time.LocalDate;

/**
 * Bookings of ad slots: advertisers book, submit the creative, pay, cancel and read their report; operators review
 * creatives and see every booking.
 */
@Path("ads")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ads", description = "Ad slots, bookings, creative review, payment, serving and reports")
public class AdBookingResource {

    @Inject
    AdBookingService bookings;

    @GET
    @Path("bookings")
    @Operation(summary = "A page of bookings, newest first: all for operators, their own for advertisers")
    public PageResponse<BookingResponse> list(@QueryParam("status") String status, @QueryParam("slotId") Long slot,
                                              @BeanParam PageParams paging) {
        LocalDate today = today();
        return PageResponse.of(bookings.list(EnumValues.parse(BookingStatus.class, status, "status"),
                slot == null ? null : new AdSlotId(slot), paging.request()), b -> BookingResponse.of(b, today));
    }

    @POST
    @Path("bookings")
    @Operation(summary = "Book a slot for whole days; 409 ad_slot_taken when any day is already booked")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BookingResponse.class)))
    public Response book(@NotNull BookingRequest r) {
        AdBooking booking = bookings.book(new BookingCommands.NewBooking(r.slotId(), r.advertiserId(),
                TimeValues.date(r.firstDay(), "firstDay"), TimeValues.date(r.lastDay(), "lastDay")));
        return Response.status(Response.Status.CREATED).entity(BookingResponse.of(booking, today())).build();
    }

    @GET
    @Path("bookings/{id}")
    @Operation(summary = "One booking")
    public BookingResponse get(@PathParam("id") long id) {
        return BookingResponse.of(bookings.get(new AdBookingId(id)), today());
    }

    @POST
    @Path("bookings/{id}/creative")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit the creative for review: the body is the image (PNG, JPEG or WebP, at most 2 MB),"
            + " linkUrl (http or https) and text are query parameters")
    public BookingResponse creative(@PathParam("id") long id, @QueryParam("linkUrl") String linkUrl,
                                    @QueryParam("text") String text, InputStream body) {
        return BookingResponse.of(bookings.submitCreative(new AdBookingId(id),
                new BookingCommands.Creative(linkUrl, text), FileBodies.image("image", body)), today());
    }

    @GET
    @Path("bookings/{id}/creative/image")
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @Operation(summary = "The creative's image, for the advertiser and reviewing operators")
    @APIResponse(responseCode = "200", description = "The image",
            content = {@Content(mediaType = "image/png"),
                    @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/webp")})
    public Response image(@PathParam("id") long id) {
        AdBookingService.Image image = bookings.creativeImage(new AdBookingId(id));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return Response.ok(image.bytes(), image.type().mediaType()).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("bookings/{id}/approve")
    @Operation(summary = "Approve the creative, with an optional note (operators)")
    public BookingResponse approve(@PathParam("id") long id, NoteRequest r) {
        return BookingResponse.of(bookings.approve(new AdBookingId(id), r == null ? null : r.note()), today());
    }

    @POST
    @Path("bookings/{id}/reject")
    @Operation(summary = "Reject the creative with a note saying why (operators)")
    public BookingResponse reject(@PathParam("id") long id, NoteRequest r) {
        return BookingResponse.of(bookings.reject(new AdBookingId(id), r == null ? null : r.note()), today());
    }

    @POST
    @Path("bookings/{id}/pay")
    @Operation(summary = "Pay an approved booking at the cashier (channel PHONE or DESKTOP)")
    public PayResponse pay(@PathParam("id") long id, PayRequest r) {
        CheckoutPort.Channel channel = r == null ? null
                : EnumValues.parse(CheckoutPort.Channel.class, r.channel(), "channel");
        AdBookingService.PayStart start = bookings.pay(new AdBookingId(id), channel);
        return new PayResponse(start.cashierUrl(), start.confirmed());
    }

    @POST
    @Path("bookings/{id}/cancel")
    @Operation(summary = "Cancel: unpaid at any time; paid before the first day, refunded by the tenant's policy")
    public BookingResponse cancel(@PathParam("id") long id) {
        return BookingResponse.of(bookings.cancel(new AdBookingId(id)), today());
    }

    @GET
    @Path("bookings/{id}/report")
    @Operation(summary = "A page of the booking's days, latest first: impressions, clicks, CTR in percent")
    public PageResponse<DayResponse> report(@PathParam("id") long id, @BeanParam PageParams paging) {
        return PageResponse.of(bookings.report(new AdBookingId(id), paging.request()), DayResponse::of);
    }

    @GET
    @Path("bookings/{id}/report.csv")
    @Produces("text/csv")
    @Operation(summary = "The booking's whole daily report as CSV")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv"))
    public Response reportCsv(@PathParam("id") long id) {
        return Response.ok(bookings.reportCsv(new AdBookingId(id)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ad-report-" + id + ".csv\"").build();
    }

    @GET
    @Path("policy")
    @Operation(summary = "The tenant's refund terms for paid bookings cancelled before their first day")
    public PolicyResponse policy() {
        return PolicyResponse.of(bookings.refundPolicy());
    }

    @PUT
    @Path("policy")
    @Operation(summary = "Change the refund terms: refundPercent back when cancelled minDaysBefore days ahead")
    public PolicyResponse changePolicy(@Valid @NotNull PolicyRequest r) {
        return PolicyResponse.of(bookings.changeRefundPolicy(new RefundPolicy(r.refundPercent(), r.minDaysBefore())));
    }

    private static LocalDate today() {
        return LocalDate.now(ChinaTime.ZONE);
    }
}
