package org.linli.tenants.flea.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.flea.FleaMessage;
import org.linli.tenants.flea.ListingCommands;
import org.linli.tenants.flea.MessageService;
import org.linli.tenants.flea.TradeService;
import org.linli.tenants.flea.rest.FleaApi.HandoverRequest;
import org.linli.tenants.flea.rest.FleaApi.MessageRequest;
import org.linli.tenants.flea.rest.FleaApi.MessageResponse;
import org.linli.tenants.flea.rest.FleaApi.PayRequest;
import org.linli.tenants.flea.rest.FleaApi.PayResponse;
import org.linli.tenants.flea.rest.FleaApi.RatingRequest;
import org.linli.tenants.flea.rest.FleaApi.ReservationResponse;

/**
 * A resident's flea-market reservations, as buyer or seller: accept, decline, cancel, pay online, hand over against
 * the buyer's pickup code, rate, and write to each other.
 */
@Path("flea/reservations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Flea market", description = "Listings, reservations, messages and moderation of the flea market")
public class FleaReservationResource {

    @Inject
    TradeService trade;

    @Inject
    MessageService messages;

    @GET
    @Path("mine")
    @Operation(summary = "A page of the resident's reservations as buyer and as seller, newest first")
    public PageResponse<ReservationResponse> mine(@BeanParam PageParams paging) {
        return PageResponse.of(trade.mine(paging.request()), ReservationResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the resident's reservations (the pickup code is shown to the buyer only)")
    public ReservationResponse get(@PathParam("id") long id) {
        return ReservationResponse.of(trade.get(id));
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "The seller accepts the reservation")
    public ReservationResponse accept(@PathParam("id") long id) {
        return ReservationResponse.of(trade.accept(id));
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "The seller declines: the listing is published again and held points are given back")
    public ReservationResponse decline(@PathParam("id") long id) {
        return ReservationResponse.of(trade.decline(id));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Buyer or seller cancels an open reservation (points given back, online payment refunded)")
    public ReservationResponse cancel(@PathParam("id") long id) {
        return ReservationResponse.of(trade.cancel(id));
    }

    @POST
    @Path("{id}/pay-online")
    @Operation(summary = "The buyer pays an accepted reservation online: where the cashier is, or confirmed at once")
    public PayResponse payOnline(@PathParam("id") long id, PayRequest r) {
        CheckoutPort.Channel channel = EnumValues.parse(CheckoutPort.Channel.class,
                r == null ? null : r.channel(), "channel");
        CheckoutPort.Start start = trade.payOnline(id, channel);
        return new PayResponse(start.cashierUrl(), start.confirmed());
    }

    @POST
    @Path("{id}/handover")
    @Operation(summary = "The seller enters the buyer's pickup code: the item is sold and the seller paid")
    public ReservationResponse handOver(@PathParam("id") long id, HandoverRequest r) {
        return ReservationResponse.of(trade.handOver(id, r == null ? null : r.code()));
    }

    @POST
    @Path("{id}/rating")
    @Operation(summary = "Rate the other party once after the handover (1-5 stars and a comment)")
    public ReservationResponse rate(@PathParam("id") long id, RatingRequest r) {
        return ReservationResponse.of(trade.rate(id, new ListingCommands.Rating(r == null ? null : r.stars(),
                r == null ? null : r.comment())));
    }

    @GET
    @Path("{id}/messages")
    @Operation(summary = "A page of the reservation's messages, oldest first (its two parties only)")
    public PageResponse<MessageResponse> messages(@PathParam("id") long id, @BeanParam PageParams paging) {
        TradeService.ReservationView view = trade.get(id);
        long me = view.buyer() ? view.reservation().buyerId() : view.reservation().sellerId();
        return PageResponse.of(messages.messages(id, paging.request()), m -> response(m, me));
    }

    @POST
    @Path("{id}/messages")
    @Operation(summary = "Write to the other party (plain text, at most 500 characters)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MessageResponse.class)))
    public Response send(@PathParam("id") long id, MessageRequest r) {
        FleaMessage message = messages.send(id, r == null ? null : r.body());
        return Response.status(Response.Status.CREATED).entity(response(message, message.authorId())).build();
    }

    private static MessageResponse response(FleaMessage m, long me) {
        return new MessageResponse(m.id(), m.authorId(), m.authorId() == me, m.body(), m.sentAt());
    }
}
