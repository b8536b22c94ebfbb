package org.linli.tenants.marketplace.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.CatalogueEdition;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingId;
import org.linli.tenants.marketplace.OfferingImage;
import org.linli.tenants.marketplace.OfferingImages;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.ShelfPages;
import org.linli.tenants.marketplace.rest.MarketplaceApi.NoteRequest;
import org.linli.tenants.marketplace.rest.MarketplaceApi.OfferingRequest;
import org.linli.tenants.marketplace.rest.MarketplaceApi.OfferingPage;
import org.linli.tenants.marketplace.rest.MarketplaceApi.OfferingResponse;
import org.linli.tenants.marketplace.rest.MarketplaceApi.PayableInTimeRequest;
import org.linli.tenants.modules.Module;
import org.linli.tenants.registry.structure.CommunityId;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The catalogue: browse what is on sale; providers offer and withdraw; operators moderate. */
@Path("offerings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offerings", description = "What providers sell, per module, with price and cancellation policy")
public class OfferingResource {

    /** JSON-B's defaults, as the API's JSON provider writes every other answer. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    CatalogService catalog;

    @Inject
    OfferingImages pictures;

    /** The node's kept pages of the shelf: one, as this resource is. */
    private final ShelfPages shelf = new ShelfPages();

    @GET
    @Operation(summary = "Offerings on sale, by module, community and text; a disabled module answers 403")
    @APIResponse(responseCode = "200", description = "A page of the offerings on sale, best rated providers first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferingPage.class)))
    public Response browse(@QueryParam("module") String module, @QueryParam("community") Long community,
                           @QueryParam("q") String text, @BeanParam PageParams paging) {
        CatalogService.OfferingFilter filter = new CatalogService.OfferingFilter(
                EnumValues.parse(Module.class, module, "module"),
                community == null ? null : new CommunityId(community), text);
        PageRequest page = paging.request();
        Supplier<PageResponse<OfferingResponse>> read = () -> PageResponse.of(pictures.shelf(filter, page),
                card -> OfferingResponse.of(card.offering(), card.cover()));
        if (text != null && !text.isBlank()) {
            return Response.ok(read.get()).build();
        }
        // The edition this request's sign-in read spares a transaction; without one, the edition's own.
        CatalogueEdition edition = catalog.signedInEdition(filter).orElseGet(() -> catalog.edition(filter));
        return Response.ok(shelf.page(new ShelfPages.Key(edition, community, page.page(), page.size()),
                () -> JSON.toJson(read.get()).getBytes(StandardCharsets.UTF_8))).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The signed-in provider's own offerings, in any state")
    @BoundedList("one provider's own menu of offerings, capped at 500")
    public List<OfferingResponse> mine() {
        return responses(catalog.mine());
    }

    @GET
    @Path("all")
    @Operation(summary = "A page of every offering of the tenant, newest first, for moderation")
    public PageResponse<OfferingResponse> all(@QueryParam("provider") Long provider, @BeanParam PageParams paging) {
        Page<Offering> page = catalog.all(provider == null ? null : new ProviderId(provider), paging.request());
        return new PageResponse<>(responses(page.items()), page.total(), page.page(), page.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One offering")
    public OfferingResponse get(@PathParam("id") long id) {
        return response(catalog.get(new OfferingId(id)));
    }

    @POST
    @Operation(summary = "Offer something (provider staff)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferingResponse.class)))
    public Response offer(@Valid @NotNull OfferingRequest request, @Context UriInfo uri) {
        Offering offering = catalog.offer(request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(offering.id().value())).build())
                .entity(response(offering)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an offering (provider staff; applies to new orders)")
    public OfferingResponse change(@PathParam("id") long id, @Valid @NotNull OfferingRequest request) {
        return response(catalog.change(new OfferingId(id), request.toCommand()));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Take one's offering off sale")
    public OfferingResponse withdraw(@PathParam("id") long id) {
        return response(catalog.withdraw(new OfferingId(id)));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Put a withdrawn offering back on sale")
    public OfferingResponse publish(@PathParam("id") long id) {
        return response(catalog.publish(new OfferingId(id)));
    }

    @POST
    @Path("{id}/block")
    @Operation(summary = "Block an offering (operator moderation), with a note")
    public OfferingResponse block(@PathParam("id") long id, NoteRequest request) {
        return response(catalog.block(new OfferingId(id), request == null ? null : request.note()));
    }

    @PUT
    @Path("{id}/payable-in-time")
    @Operation(summary = "Let residents pay the offering in time-bank minutes, or stop it (operators)")
    public OfferingResponse payableInTime(@PathParam("id") long id, @Valid @NotNull PayableInTimeRequest request) {
        return response(catalog.acceptTime(new OfferingId(id), request.payableInTime()));
    }

    @POST
    @Path("{id}/unblock")
    @Operation(summary = "Lift a block")
    public OfferingResponse unblock(@PathParam("id") long id) {
        return response(catalog.unblock(new OfferingId(id)));
    }

    private List<OfferingResponse> responses(List<Offering> offerings) {
        Map<OfferingId, OfferingImage> covers = pictures.covers(offerings.stream().map(Offering::id).toList());
        return offerings.stream().map(o -> OfferingResponse.of(o, covers.get(o.id()))).toList();
    }

    private OfferingResponse response(Offering offering) {
        return responses(List.of(offering)).get(0);
    }
}
