package org.linli.tenants.files.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How kept files travel over the API, for every feature that keeps some: raw bodies in, bytes out with their real
 * type, name and validator.
 */
public final class FileBodies {

    private FileBodies() {
    }

    /**
     * Reads at most one byte more than {@code maxBytes}, so that an oversized body is refused without being held in
     * memory whole.
     */
    public static UploadedFile read(String fileName, InputStream body, long maxBytes) {
        return read("file", fileName, body, maxBytes);
    }

    /**
     * A picture (an offering's, a case or listing photo): nameless, at most {@link UploadedFile#MAX_IMAGE_BYTES}; a
     * missing body is reported under the field {@code file}.
     */
    public static UploadedFile image(InputStream body) {
        return image("file", body);
    }

    /** As {@link #image(InputStream)}, for a body that the API names {@code field} (an ad's {@code image}). */
    public static UploadedFile image(String field, InputStream body) {
        return read(field, null, body, UploadedFile.MAX_IMAGE_BYTES);
    }

    private static UploadedFile read(String field, String fileName, InputStream body, long maxBytes) {
        if (body == null) {
            throw DomainException.invalid(FieldError.of(field, "required"));
        }
        try {
            return new UploadedFile(fileName, body.readNBytes((int) maxBytes + 1));
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /** The file as a download ({@code attachment}) or for display ({@code inline}), revalidated by its hash. */
    public static Response send(StoredFile file, Request request, boolean inline) {
        EntityTag tag = new EntityTag(file.sha256());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(inline ? 3600 : 0);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        String name = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.bytes(), file.type().mediaType()).tag(tag).cacheControl(cache)
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
