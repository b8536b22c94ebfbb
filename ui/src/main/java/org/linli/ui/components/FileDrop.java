package org.linli.ui.components;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.services.UploadedFile;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * An upload that hands each file to {@code onFile} once it has arrived whole. The bytes are received without the
 * session lock (the upload request); the service is called in the browser's following "upload-success" round trip,
 * where the signed-in user, the tenant and the UI are all in place. The list of files stays as a record of what was
 * sent in this dialog. The server takes at most {@code maxBytes} of a file (see {@link BoundedUpload}), not only
 * the browser.
 */
public class FileDrop extends Upload {

    private final Queue<UploadedFile> received = new ConcurrentLinkedQueue<>();

    public FileDrop(String dropLabel, long maxBytes, Consumer<UploadedFile> onFile, String... acceptedTypes) {
        setUploadHandler(BoundedUpload.inMemory(maxBytes, (metadata, data) ->
                received.add(new UploadedFile(metadata.fileName(), data))));
        setMaxFileSize((int) maxBytes);
        setAcceptedFileTypes(acceptedTypes);
        setDropLabel(new Span(dropLabel));
        addFileRejectedListener(rejected -> UiErrors.show(DomainException.invalid(
                FieldError.of("file", "file_rejected", maxBytes / (1024 * 1024)))));
        getElement().addEventListener("upload-success", event -> {
            for (UploadedFile file = received.poll(); file != null; file = received.poll()) {
                try {
                    onFile.accept(file);
                } catch (DomainException problem) {
                    UiErrors.show(problem);
                }
            }
        });
    }
}
