package org.linli.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.files.FileType;
import org.linli.tenants.files.UploadedFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Photos chosen on a form before the thing they belong to exists (a case not yet reported, a step not yet written):
 * each is checked as the service will check it — its real type and size — and shown as a thumbnail that can be
 * taken back, so that pressing "send" does not fail half-way on a photo. The form hands {@link #photos()} to the
 * service once it has saved the rest.
 */
public class PhotoPicker extends Div {

    private final String uploadId;
    private final String dropLabel;
    private final int max;
    private final Set<FileType> types;
    private final List<UploadedFile> chosen = new ArrayList<>();
    private final Div thumbnails = new Div();
    private final Div drop = new Div();

    public PhotoPicker(String uploadId, String dropLabel, int max, Set<FileType> types) {
        this.uploadId = uploadId;
        this.dropLabel = dropLabel;
        this.max = max;
        this.types = Set.copyOf(types);
        addClassName("photo-picker");
        thumbnails.setId(uploadId + "-chosen");
        thumbnails.addClassName("photo-thumbnails");
        Span limit = new Span(getTranslation("photos.limit", max, UploadedFile.MAX_IMAGE_BYTES / (1024 * 1024)));
        limit.addClassName("photo-limit");
        add(thumbnails, drop, limit);
        render();
    }

    /** The photos chosen so far, in the order they were added. */
    public List<UploadedFile> photos() {
        return List.copyOf(chosen);
    }

    public void clear() {
        chosen.clear();
        render();
    }

    private void choose(UploadedFile file) {
        if (chosen.size() >= max) {
            throw DomainException.invalid(FieldError.of("file", "file_too_many", max));
        }
        file.accept(types, UploadedFile.MAX_IMAGE_BYTES);
        chosen.add(file);
        showChosen();
    }

    private void showChosen() {
        thumbnails.removeAll();
        for (int i = 0; i < chosen.size(); i++) {
            UploadedFile file = chosen.get(i);
            FileType type = FileType.sniff(file.bytes()).orElseThrow();
            DownloadHandler bytes = event -> {
                event.setContentType(type.mediaType());
                event.getOutputStream().write(file.bytes());
            };
            Image image = new Image(bytes, getTranslation("photos.photo", i + 1));
            image.addClassName("photo-thumbnail");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                chosen.remove(file);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("photos.remove", i + 1));
            remove.setId(uploadId + "-remove-" + i);
            Div thumbnail = new Div(image, remove);
            thumbnail.addClassName("photo-chosen");
            thumbnails.add(thumbnail);
        }
        drop.setVisible(chosen.size() < max);
    }

    /*
     * A new upload only when a photo was taken back: the browser counts the files it sent against its maximum, and
     * replacing the upload while several chosen at once are still on their way would cut those off.
     */
    private void render() {
        drop.removeAll();
        List<String> accepted = new ArrayList<>();
        for (FileType type : types) {
            accepted.add(type.mediaType());
            accepted.add("." + type.extension());
            if (type == FileType.JPEG) {
                accepted.add(".jpeg");
            }
        }
        FileDrop upload = new FileDrop(dropLabel, UploadedFile.MAX_IMAGE_BYTES, this::choose,
                accepted.toArray(String[]::new));
        upload.setMaxFiles(Math.max(1, max - chosen.size()));
        upload.setId(uploadId);
        drop.add(upload);
        showChosen();
    }
}
