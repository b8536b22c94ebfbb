package org.linli.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/**
 * The upload component's own words (its button, drop hint, progress and errors) in the person's language: Vaadin
 * ships them in English only, so without this a Chinese page would say "Upload Files…".
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** The texts, translated through {@code component}'s locale; {@code error} may replace the refusal texts. */
    public static UploadI18N of(Component component, UploadI18N.Error error) {
        UploadI18N texts = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(component, "upload.add-one"))
                        .setMany(t(component, "upload.add-many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(component, "upload.drop-one"))
                        .setMany(t(component, "upload.drop-many")))
                .setFile(new UploadI18N.File().setRetry(t(component, "upload.retry"))
                        .setStart(t(component, "upload.start")).setRemove(t(component, "upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(component, "upload.connecting"))
                                .setStalled(t(component, "upload.stalled"))
                                .setProcessing(t(component, "upload.processing"))
                                .setHeld(t(component, "upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(component, "upload.remaining"))
                                .setUnknown(t(component, "upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(component, "upload.server-unavailable"))
                                .setUnexpectedServerError(t(component, "upload.server-error"))
                                .setForbidden(t(component, "upload.forbidden"))))
                .setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return texts.setError(error != null ? error : new UploadI18N.Error()
                .setTooManyFiles(t(component, "upload.too-many"))
                .setFileIsTooBig(t(component, "upload.too-big"))
                .setIncorrectFileType(t(component, "upload.wrong-type")));
    }

    private static String t(Component component, String key) {
        return component.getTranslation(key);
    }
}
