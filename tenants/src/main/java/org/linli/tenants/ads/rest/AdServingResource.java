package org.linli.tenants.ads.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.FieldError;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.ads.AdBookingService;
import org.linli.tenants.ads.AdServing;
import org.linli.tenants.ads.LiveCreative;
import org.linli.tenants.ads.Placement;
import org.linli.tenants.ads.rest.AdsApi.ServedResponse;
import org.linli.tenants.registry.structure.CommunityId;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/**
 * Serving without sign-in: a page or screen asks for a creative of a tenant's placement (its impression is
 * counted), a click goes through the redirect (counted), and the image is fetched by the public token. The viewing
 * "session" is a random cookie of its own that names nobody; it only keeps a reload within a minute from counting.
 */
@Path("ads")
@ApplicationScoped
@Tag(name = "Ads", description = "Ad slots, bookings, creative review, payment, serving and reports")
public class AdServingResource {

    static final String VIEWER_COOKIE = "linli_ad_viewer";

    @Inject
    AdServing serving;

    @GET
    @Path("serve")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A running creative of the tenant's placement, its impression counted; 204 when none runs")
    @APIResponse(responseCode = "200", description = "A running creative",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServedResponse.class)))
    @APIResponse(responseCode = "204", description = "No creative runs in this placement")
    public Response serve(@QueryParam("tenant") String tenant, @QueryParam("placement") String placement,
                          @QueryParam("community") Long community, @CookieParam(VIEWER_COOKIE) String viewer,
                          @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        TenantId id = TenantId.parse(tenant).orElseThrow(() -> DomainException.invalid(
                FieldError.of("tenant", "required")));
        Placement where = EnumValues.parse(Placement.class, placement, "placement");
        String session = viewer == null || viewer.isBlank() || viewer.length() > 64
                ? UUID.randomUUID().toString() : viewer;
        Optional<LiveCreative> served = serving.serve(id, where, community == null ? null : new CommunityId(community),
                session, userAgent);
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        Response.ResponseBuilder response = served.map(c -> Response.ok(ServedResponse.of(c)))
                .orElseGet(Response::noContent).cacheControl(noCache);
        if (!session.equals(viewer)) {
            response.cookie(new NewCookie.Builder(VIEWER_COOKIE).value(session).path("/").httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX).build());
        }
        return response.build();
    }

    @GET
    @Path("click/{token}")
    @Operation(summary = "Count a click on a creative and redirect (302) to where it leads")
    @APIResponse(responseCode = "302", description = "Redirect to where the creative leads; Location names it")
    public Response click(@PathParam("token") String token, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        String link = serving.click(token, userAgent);
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        return Response.status(Response.Status.FOUND).location(URI.create(link)).cacheControl(noCache).build();
    }

    @GET
    @Path("creatives/{token}/image")
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @Operation(summary = "The image of a paid creative")
    @APIResponse(responseCode = "200", description = "The image",
            content = {@Content(mediaType = "image/png"),
                    @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/webp")})
    public Response image(@PathParam("token") String token) {
        AdBookingService.Image image = serving.image(token);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(image.bytes(), image.type().mediaType()).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
