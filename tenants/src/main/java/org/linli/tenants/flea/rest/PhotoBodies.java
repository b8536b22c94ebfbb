package org.linli.tenants.flea.rest;

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

/** A listing photo's bytes in and out: bounded on the way in, revalidated by hash on the way out. */
final class PhotoBodies {

    private PhotoBodies() {
    }

    /** Where a photo's bytes are, relative to the API root. */
    static String photoUrl(long listing, long photo) {
        return "flea/listings/" + listing + "/photos/" + photo;
    }

    /** Reads at most one byte more than allowed, so that an oversized body is refused without being held whole. */
    static UploadedFile read(InputStream body) {
        if (body == null) {
            throw DomainException.invalid(FieldError.of("file", "required"));
        }
        try {
            return new UploadedFile(null, body.readNBytes((int) UploadedFile.MAX_IMAGE_BYTES + 1));
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    static Response send(StoredFile file, Request request) {
        EntityTag tag = new EntityTag(file.sha256());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(file.bytes(), file.type().mediaType()).tag(tag).cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
