package org.linli.ui.console.marketplace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.marketplace.DocumentKind;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderDocument;
import org.linli.tenants.marketplace.ProviderDocuments;
import org.linli.ui.components.FileDrop;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A provider's qualification documents (资质文件): upload with kind and validity, open, remove. Operators use it
 * before verifying; the provider's staff keep their own up to date.
 */
class DocumentsDialog extends Dialog {

    private final ProviderDocuments documents;
    private final Provider provider;
    private final Grid<ProviderDocument> grid = new ListGrid<>();
    private final Runnable changed;

    DocumentsDialog(ProviderDocuments documents, Provider provider, Runnable changed) {
        this.documents = documents;
        this.provider = provider;
        this.changed = changed;
        setHeaderTitle(getTranslation("documents.title", provider.name()));
        setWidth("min(48rem, 100vw)");
        Paragraph needed = new Paragraph(getTranslation("documents.needed", getTranslation("document.kind."
                + key(DocumentKind.identifying(provider.kind())))));
        needed.addClassName("hint");
        grid.setId("documents-grid");
        grid.addColumn(d -> getTranslation("document.kind." + key(d.kind())))
                .setHeader(getTranslation("documents.kind"));
        grid.addComponentColumn(this::download).setHeader(getTranslation("documents.file")).setFlexGrow(2);
        grid.addComponentColumn(this::validity).setHeader(getTranslation("documents.valid-until"));
        grid.addColumn(d -> Formats.dateTime(d.file().uploadedAt())).setHeader(getTranslation("documents.uploaded"));
        grid.addComponentColumn(this::remove).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("documents.empty"));
        add(needed, grid, uploadRow());
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        refresh();
    }

    private Component uploadRow() {
        Select<DocumentKind> kind = new Select<>();
        kind.setLabel(getTranslation("documents.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("document.kind." + key(k)));
        kind.setValue(DocumentKind.identifying(provider.kind()));
        kind.setId("document-kind");
        DatePicker validUntil = new DatePicker(getTranslation("documents.valid-until"));
        validUntil.setMin(LocalDate.now(ChinaTime.ZONE));
        validUntil.setHelperText(getTranslation("documents.valid-until.help"));
        validUntil.setId("document-valid-until");
        FileDrop drop = new FileDrop(getTranslation("documents.drop"), UploadedFile.MAX_DOCUMENT_BYTES, file -> {
            documents.addDocument(provider.id(), kind.getValue(), validUntil.getValue(), file);
            UiErrors.success(getTranslation("documents.added", file.fileName()));
            refresh();
            changed.run();
        }, "application/pdf", "image/png", "image/jpeg", "image/webp", ".pdf", ".png", ".jpg", ".jpeg", ".webp");
        drop.setId("document-upload");
        HorizontalLayout row = new HorizontalLayout(kind, validUntil, drop);
        row.setAlignItems(FlexComponent.Alignment.END);
        row.setWrap(true);
        return row;
    }

    private Component download(ProviderDocument document) {
        DownloadHandler handler = event -> {
            StoredFile file = documents.document(provider.id(), document.id());
            event.setFileName(file.fileName());
            event.setContentType(file.type().mediaType());
            event.getOutputStream().write(file.bytes());
        };
        Anchor link = new Anchor(handler, document.fileName() + " (" + kilobytes(document.file().sizeBytes()) + ")");
        link.setTarget("_blank");
        return link;
    }

    private Component validity(ProviderDocument document) {
        if (document.validUntil() == null) {
            return new StatusBadge(getTranslation("documents.no-expiry"), StatusBadge.Tone.NEUTRAL);
        }
        boolean valid = document.isValidOn(LocalDate.now(ChinaTime.ZONE));
        return new StatusBadge(document.validUntil().toString() + (valid ? "" : " · "
                + getTranslation("documents.expired")), valid ? StatusBadge.Tone.GOOD : StatusBadge.Tone.ATTENTION);
    }

    private Component remove(ProviderDocument document) {
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            try {
                documents.removeDocument(provider.id(), document.id());
                refresh();
                changed.run();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("action.remove"));
        return remove;
    }

    private void refresh() {
        grid.setItems(documents.documents(provider.id()));
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
