package org.linli.platform.application.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** The answer to a POST that made something: 201 with the new resource's address and its representation. */
public final class Created {

    private Created() {
    }

    /** {@code collection} is the resource's path under the API's base, such as {@code households}. */
    public static Response at(UriInfo uri, String collection, long id, Object body) {
        URI location = uri.getBaseUriBuilder().path(collection).path(Long.toString(id)).build();
        return Response.created(location).entity(body).build();
    }
}
