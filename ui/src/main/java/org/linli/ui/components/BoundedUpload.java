package org.linli.ui.components;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives one file into memory, never more than {@code maxBytes} of it, whatever the browser was told. Vaadin's
 * own in-memory handler has no limit on the server (its request and file maximums default to -1) and keeps the
 * whole body; here the multipart request is capped by the same limits, and the file is read with a bound, so that a
 * larger one fails the upload (the browser shows it as failed) before it is held.
 */
public final class BoundedUpload implements UploadHandler {

    /** Room for the multipart envelope around the file (boundaries, part headers). */
    static final long ENVELOPE_BYTES = 64L * 1024;

    private final long maxBytes;
    private final InMemoryUploadCallback onFile;

    private BoundedUpload(long maxBytes, InMemoryUploadCallback onFile) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBytes " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.onFile = onFile;
    }

    public static BoundedUpload inMemory(long maxBytes, InMemoryUploadCallback onFile) {
        return new BoundedUpload(maxBytes, onFile);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] data;
        try (InputStream in = event.getInputStream()) {
            data = read(in, maxBytes);
        }
        onFile.complete(new UploadMetadata(event.getFileName(), event.getContentType(), data.length), data);
    }

    /** At most {@code maxBytes} from {@code in}; a longer stream is refused after reading one byte more. */
    static byte[] read(InputStream in, long maxBytes) throws IOException {
        byte[] data = in.readNBytes((int) maxBytes + 1);
        if (data.length > maxBytes) {
            throw new IOException("Upload refused: larger than " + maxBytes + " bytes");
        }
        return data;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + ENVELOPE_BYTES;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
