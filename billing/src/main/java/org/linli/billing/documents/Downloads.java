package org.linli.billing.documents;

import jakarta.ws.rs.core.Response;

/** Finance files over the API: the bytes with their media type, as an attachment under the given file name. */
public final class Downloads {

    private Downloads() {
    }

    /** {@code fileName} is plain ASCII (numbers, dates, request numbers), so it needs no encoding. */
    public static Response attachment(Object body, String mediaType, String fileName) {
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
