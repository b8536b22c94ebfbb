package org.linli.tenants.marketplace.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.tenants.files.rest.FileBodies;
import org.linli.tenants.marketplace.OfferingId;
import org.linli.tenants.marketplace.OfferingImage;
import org.linli.tenants.marketplace.OfferingImages;
import org.linli.tenants.marketplace.rest.MarketplaceApi.ImageResponse;

import java.io.InputStream;
import java.util.List;

/** Pictures of an offering: providers upload them as the request body (PNG, JPEG or WebP, at most 2 MB). */
@Path("offerings/{offering}/images")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offerings", description = "What providers sell, per module, with price and cancellation policy")
public class OfferingImageResource {

    @Inject
    OfferingImages pictures;

    @GET
    @Operation(summary = "The offering's pictures in display order; the first is the cover")
    @BoundedList("an offering holds at most OfferingImage.MAX_PER_OFFERING pictures")
    public List<ImageResponse> list(@PathParam("offering") long offering) {
        return pictures.images(new OfferingId(offering)).stream().map(ImageResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a picture to one's offering (the body is the image)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImageResponse.class)))
    public Response upload(@PathParam("offering") long offering, InputStream body) {
        OfferingImage image = pictures.addImage(new OfferingId(offering), FileBodies.image(body));
        return Response.status(Response.Status.CREATED).entity(ImageResponse.of(image)).build();
    }

    @GET
    @Path("{image}")
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @Operation(summary = "A picture's bytes")
    @APIResponse(responseCode = "200", description = "The image",
            content = {@Content(mediaType = "image/png"),
                    @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/webp")})
    public Response image(@PathParam("offering") long offering, @PathParam("image") long image,
                          @Context Request request) {
        return FileBodies.send(pictures.image(new OfferingId(offering), image), request, true);
    }

    @POST
    @Path("{image}/cover")
    @Operation(summary = "Make a picture the cover")
    public ImageResponse cover(@PathParam("offering") long offering, @PathParam("image") long image) {
        return ImageResponse.of(pictures.makeCover(new OfferingId(offering), image));
    }

    @DELETE
    @Path("{image}")
    @Operation(summary = "Remove a picture")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response remove(@PathParam("offering") long offering, @PathParam("image") long image) {
        pictures.removeImage(new OfferingId(offering), image);
        return Response.noContent().build();
    }
}
