package org.linli.tenants.ads.rest;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.files.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an uploaded image body, at most one byte beyond the limit, so an oversized one is never held whole. */
final class Uploads {

    private Uploads() {
    }

    static UploadedFile image(InputStream body) {
        if (body == null) {
            throw DomainException.invalid(FieldError.of("image", "required"));
        }
        try {
            return new UploadedFile(null, body.readNBytes((int) UploadedFile.MAX_IMAGE_BYTES + 1));
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}
