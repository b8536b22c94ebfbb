package org.linli.tenants.flea.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.files.rest.FileBodies;
import org.linli.tenants.flea.Listing;
import org.linli.tenants.flea.ListingCommands;
import org.linli.tenants.flea.ListingService;
import org.linli.tenants.flea.ModerationService;
import org.linli.tenants.flea.Payment;
import org.linli.tenants.flea.PriceKind;
import org.linli.tenants.flea.TradeService;
import org.linli.tenants.flea.rest.FleaApi.ListingRequest;
import org.linli.tenants.flea.rest.FleaApi.ListingResponse;
import org.linli.tenants.flea.rest.FleaApi.NoteRequest;
import org.linli.tenants.flea.rest.FleaApi.ReportRequest;
import org.linli.tenants.flea.rest.FleaApi.ReportResponse;
import org.linli.tenants.flea.rest.FleaApi.ReservationResponse;
import org.linli.tenants.flea.rest.FleaApi.ReserveRequest;

import java.io.InputStream;

/**
 * Flea-market listings: residents browse their neighbours' listings, write, publish, renew and withdraw their own
 * with photos, reserve and report; moderators hide and restore.
 */
@Path("flea/listings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Flea market", description = "Listings, reservations, messages and moderation of the flea market")
public class FleaListingResource {

    @Inject
    ListingService listings;

    @Inject
    TradeService trade;

    @Inject
    ModerationService moderation;

    @GET
    @Operation(summary = "A page of the listings the resident may see (their community's and tenant-wide), newest"
            + " first; filters: communityId, categoryId, priceKind (FREE, YUAN, POINTS, EITHER), q (words)")
    public PageResponse<ListingResponse> browse(@QueryParam("communityId") Long communityId,
                                                @QueryParam("categoryId") Long categoryId,
                                                @QueryParam("priceKind") String priceKind,
                                                @QueryParam("q") String text, @BeanParam PageParams paging) {
        return PageResponse.of(listings.browse(new ListingCommands.Search(communityId, categoryId,
                EnumValues.parse(PriceKind.class, priceKind, "priceKind"), text), paging.request()),
                ListingResponse::of);
    }

    @POST
    @Operation(summary = "Write a listing as a draft, or publish it at once with publish=true (verified residents)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ListingResponse.class)))
    public Response create(@NotNull ListingRequest r) {
        ListingService.ListingView view = listings.create(r.details());
        if (Boolean.TRUE.equals(r.publish())) {
            view = listings.publish(view.listing().id());
        }
        return Response.status(Response.Status.CREATED).entity(ListingResponse.of(view)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "A page of the resident's own listings in every state")
    public PageResponse<ListingResponse> mine(@BeanParam PageParams paging) {
        return PageResponse.of(listings.mine(paging.request()), ListingResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One listing the resident may see, with its photos and the seller's masked card")
    public ListingResponse get(@PathParam("id") long id) {
        return ListingResponse.of(listings.get(id));
    }

    @GET
    @Path("{id}/inspection")
    @Operation(summary = "One listing in any state, for moderators")
    public ListingResponse inspect(@PathParam("id") long id) {
        return ListingResponse.of(listings.inspect(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change one's draft, published or expired listing")
    public ListingResponse edit(@PathParam("id") long id, @NotNull ListingRequest r) {
        return ListingResponse.of(listings.edit(id, r.details()));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish one's draft for 30 days")
    public ListingResponse publish(@PathParam("id") long id) {
        return ListingResponse.of(listings.publish(id));
    }

    @POST
    @Path("{id}/renew")
    @Operation(summary = "Renew one's published or expired listing for another 30 days")
    public ListingResponse renew(@PathParam("id") long id) {
        return ListingResponse.of(listings.renew(id));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw one's listing (not while reserved)")
    public ListingResponse withdraw(@PathParam("id") long id) {
        return ListingResponse.of(listings.withdraw(id));
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a photo to one's listing (the body is a PNG, JPEG or WebP image of at most 2 MB;"
            + " six per listing)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ListingResponse.class)))
    public Response addPhoto(@PathParam("id") long id, InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(ListingResponse.of(listings.addPhoto(id, FileBodies.image(body)))).build();
    }

    @GET
    @Path("{id}/photos/{photo}")
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @Operation(summary = "A photo's bytes (moderators add ?inspection=true to see any listing's)")
    @APIResponse(responseCode = "200", description = "The image",
            content = {@Content(mediaType = "image/png"),
                    @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/webp")})
    public Response photo(@PathParam("id") long id, @PathParam("photo") long photo,
                          @QueryParam("inspection") boolean inspection, @Context Request request) {
        return FileBodies.send(inspection ? listings.inspectPhoto(id, photo) : listings.photo(id, photo), request,
                true);
    }

    @DELETE
    @Path("{id}/photos/{photo}")
    @Operation(summary = "Remove a photo of one's listing")
    public ListingResponse removePhoto(@PathParam("id") long id, @PathParam("photo") long photo) {
        return ListingResponse.of(listings.removePhoto(id, photo));
    }

    @POST
    @Path("{id}/reservations")
    @Operation(summary = "Reserve a published listing, paying FREE, POINTS (held now), YUAN_OFFLINE or YUAN_ONLINE")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReservationResponse.class)))
    public Response reserve(@PathParam("id") long id, ReserveRequest r) {
        Payment payment = EnumValues.parse(Payment.class, r == null ? null : r.payment(), "payment");
        return Response.status(Response.Status.CREATED)
                .entity(ReservationResponse.of(trade.reserve(id, payment))).build();
    }

    @POST
    @Path("{id}/reports")
    @Operation(summary = "Report a listing one can see, with a reason")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)))
    public Response report(@PathParam("id") long id, ReportRequest r) {
        var report = moderation.report(id, new ListingCommands.Report(r == null ? null : r.reason()));
        return Response.status(Response.Status.CREATED).entity(new ReportResponse(report.id(), report.listingId(),
                report.status().name(), report.createdAt())).build();
    }

    @POST
    @Path("{id}/hide")
    @Operation(summary = "Hide a listing, upholding its open reports, with a note (moderators)")
    public ListingResponse hide(@PathParam("id") long id, NoteRequest r) {
        Listing listing = moderation.hide(id, new ListingCommands.ModerationNote(r == null ? null : r.note()));
        return ListingResponse.of(listings.inspect(listing.id()));
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Show a listing again, dismissing its open reports, with a note (moderators)")
    public ListingResponse restore(@PathParam("id") long id, NoteRequest r) {
        Listing listing = moderation.restore(id, new ListingCommands.ModerationNote(r == null ? null : r.note()));
        return ListingResponse.of(listings.inspect(listing.id()));
    }
}
