package org.linli.tenants.orders.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.marketplace.OfferingId;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.modules.Module;
import org.linli.tenants.orders.OrderAction;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderPlacement;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.orders.PaymentPort;
import org.linli.tenants.orders.rest.OrdersApi.ActionRequest;
import org.linli.tenants.orders.rest.OrdersApi.OrderRequest;
import org.linli.tenants.orders.rest.OrdersApi.OrderResponse;
import org.linli.tenants.orders.rest.OrdersApi.ReviewResponse;
import org.linli.tenants.orders.rest.OrdersApi.TransitionResponse;
import org.linli.tenants.registry.residents.ResidentId;

import java.util.Arrays;
import java.util.List;

/** Orders in every module: place (idempotently), follow, and move through their lifecycle. */
@Path("orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "One order model across modules, with an explicit state machine")
public class OrderResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    OrderService orders;

    @Inject
    OrderPlacement placement;

    /**
     * Places an order. The {@code Idempotency-Key} header is required: repeating a request with the same key and
     * body returns the same order (200), the same key with another body is refused with 422.
     */
    @POST
    @Operation(summary = "Place an order (requires an Idempotency-Key header)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the first answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderResponse.class)))
    public Response place(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull OrderRequest request,
                          @Context UriInfo uri) {
        if (key == null || key.isBlank()) {
            throw DomainException.invalid(FieldError.of("Idempotency-Key", "required"));
        }
        OrderCommands.NewOrder command = new OrderCommands.NewOrder(new OfferingId(request.offeringId()),
                request.slotId(), request.quantity() == null ? 1 : request.quantity(), request.contactPhone(),
                request.note(), request.forResidentId() == null ? null
                : new ResidentId(request.forResidentId()), request.points());
        OrderView view = placement.place(command, key.strip());
        OrderResponse body = OrderResponse.of(view);
        return !view.replayed() ? Response.created(uri.getAbsolutePathBuilder().path(Long.toString(body.id())).build())
                .entity(body).build() : Response.ok(body).build();
    }

    @GET
    @Operation(summary = "The orders the caller takes part in, newest first")
    public PageResponse<OrderResponse> list(@QueryParam("status") String status, @QueryParam("module") String module,
                                            @QueryParam("provider") Long provider,
                                            @BeanParam PageParams paging) {
        OrderService.OrderFilter filter = new OrderService.OrderFilter(
                EnumValues.parse(OrderStatus.class, status, "status"), EnumValues.parse(Module.class, module, "module"),
                provider == null ? null : new ProviderId(provider));
        return PageResponse.of(orders.list(filter, paging.request()), OrderResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order, with the actions the caller may take")
    public OrderResponse get(@PathParam("id") long id) {
        return OrderResponse.of(orders.get(new OrderId(id)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every transition of the order with actor and time")
    @BoundedList("one entry per step of one order's lifecycle")
    public List<TransitionResponse> history(@PathParam("id") long id) {
        return orders.history(new OrderId(id)).stream().map(TransitionResponse::of).toList();
    }

    @GET
    @Path("{id}/review")
    @Operation(summary = "The order's review")
    public ReviewResponse review(@PathParam("id") long id) {
        return orders.review(new OrderId(id)).map(ReviewResponse::of)
                .orElseThrow(() -> DomainException.notFound("review_not_found"));
    }

    /**
     * Pays the order in the resident's time-bank minutes (offerings the tenant marks payable in time only): 409
     * {@code time_not_accepted} otherwise, 409 {@code time_balance_too_low} when the minutes do not reach.
     */
    @POST
    @Path("{id}/pay-in-time")
    @Operation(summary = "Pay the order in time-bank minutes instead of at the gateway (residents)")
    public OrderResponse payInTime(@PathParam("id") long id) {
        return OrderResponse.of(orders.payInTime(new OrderId(id)));
    }

    /**
     * Moves the order: pay, accept, decline, start, complete, review, cancel, request-refund, refund, reject-refund.
     * An action the state does not allow answers 409 {@code invalid_transition}.
     */
    @POST
    @Path("{id}/{transition}")
    @Operation(summary = "Move the order through its lifecycle")
    public OrderResponse act(@PathParam("id") long id, @PathParam("transition") String transition,
                             @Parameter(description = "pay only: PHONE (wap pay, the default) or DESKTOP (page pay)")
                             @QueryParam("channel") String channel,
                             @RequestBody(content = @Content(schema = @Schema(implementation = ActionRequest.class)))
                             String body) {
        OrderAction action = OrderAction.ofPath(transition)
                .orElseThrow(() -> DomainException.notFound("transition_not_found", transition));
        if (action == OrderAction.PAY && channel != null) {
            PaymentPort.Channel chosen = Arrays.stream(PaymentPort.Channel.values())
                    .filter(c -> c.name().equalsIgnoreCase(channel)).findFirst()
                    .orElseThrow(() -> DomainException.invalid(FieldError.of("channel", "one_of", "PHONE, DESKTOP")));
            return OrderResponse.of(orders.pay(new OrderId(id), chosen));
        }
        // Most actions carry nothing, so an empty body is as good as {}.
        ActionRequest request = body == null || body.isBlank() ? null : JSON.fromJson(body, ActionRequest.class);
        OrderCommands.ActionDetails details = request == null ? OrderCommands.ActionDetails.none()
                : new OrderCommands.ActionDetails(request.stars(), request.text(), request.tasks());
        return OrderResponse.of(orders.act(new OrderId(id), action, details));
    }
}
