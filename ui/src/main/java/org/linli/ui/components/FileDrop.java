package org.linli.ui.components;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.files.UploadedFile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * An upload that hands each file to {@code onFile} once it has arrived whole. The bytes are received without the
 * session lock (the upload request); the service is called in the browser's following "upload-success" round trip,
 * where the signed-in user, the tenant and the UI are all in place. The list of files stays as a record of what was
 * sent in this dialog. The server takes at most {@code maxBytes} of a file (see {@link BoundedUpload}), not only
 * the browser.
 */
public class FileDrop extends Upload {

    /*
     * The browser refuses a file (too many, too large, wrong type) before sending it and says why only in its own
     * English words; these markers replace them so that the reason can be told in the person's language.
     */
    private static final String TOO_MANY = "too-many";
    private static final String TOO_LARGE = "too-large";
    private static final String WRONG_TYPE = "wrong-type";

    private final Queue<UploadedFile> received = new ConcurrentLinkedQueue<>();

    public FileDrop(String dropLabel, long maxBytes, Consumer<UploadedFile> onFile, String... acceptedTypes) {
        setUploadHandler(BoundedUpload.inMemory(maxBytes, (metadata, data) ->
                received.add(new UploadedFile(metadata.fileName(), data))));
        setMaxFileSize((int) maxBytes);
        setAcceptedFileTypes(acceptedTypes);
        setDropLabel(new Span(dropLabel));
        setI18n(UploadTexts.of(this, new UploadI18N.Error().setTooManyFiles(TOO_MANY)
                .setFileIsTooBig(TOO_LARGE).setIncorrectFileType(WRONG_TYPE)));
        addFileRejectedListener(rejected -> UiErrors.show(DomainException.invalid(
                rejection(rejected.getErrorMessage(), maxBytes, acceptedTypes))));
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

    private FieldError rejection(String reason, long maxBytes, String... acceptedTypes) {
        long megabytes = maxBytes / (1024 * 1024);
        if (TOO_MANY.equals(reason)) {
            return FieldError.of("file", "file_too_many", getMaxFiles());
        }
        if (TOO_LARGE.equals(reason)) {
            return FieldError.of("file", "file_too_large", megabytes);
        }
        if (WRONG_TYPE.equals(reason)) {
            return FieldError.of("file", "file_type_not_allowed", Arrays.stream(acceptedTypes)
                    .filter(type -> type.startsWith(".")).map(type -> type.substring(1).toLowerCase(Locale.ROOT))
                    .distinct().sorted().collect(Collectors.joining(", ")));
        }
        return FieldError.of("file", "file_rejected", megabytes);
    }
}
