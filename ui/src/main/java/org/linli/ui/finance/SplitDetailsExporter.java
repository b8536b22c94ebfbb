package org.linli.ui.finance;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.linli.billing.reporting.SplitDetails;
import org.linli.billing.reporting.SplitDetailsExport;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.ui.components.UiErrors;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Exports the split lines of the chosen period (分账明细) in the background: a year of a large tenant takes a while,
 * so a progress bar counts the lines as they are written, and the file is offered for download when it is done.
 * The file waits in a temporary file until the next export or until the view is left.
 */
class SplitDetailsExporter extends HorizontalLayout {

    private final SplitDetails details;
    private final Supplier<ManagedExecutorService> executor;
    private final Supplier<LocalDate> from;
    private final Supplier<LocalDate> to;
    private final List<Button> starts;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Anchor download = new Anchor();
    private Path file;

    SplitDetailsExporter(SplitDetails details, Supplier<ManagedExecutorService> executor, Supplier<LocalDate> from,
                         Supplier<LocalDate> to) {
        this.details = details;
        this.executor = executor;
        this.from = from;
        this.to = to;
        starts = List.of(start(SplitDetailsExport.Format.CSV), start(SplitDetailsExport.Format.XLSX));
        progress.setWidth("12rem");
        progress.setVisible(false);
        progress.setId("details-progress");
        progressText.setId("details-progress-text");
        download.setId("details-download");
        download.setVisible(false);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        starts.forEach(this::add);
        add(progress, progressText, download);
    }

    private Button start(SplitDetailsExport.Format format) {
        Button button = new Button(getTranslation("details.export." + format.extension()), click -> run(format));
        button.setId("details-export-" + format.extension());
        return button;
    }

    private void run(SplitDetailsExport.Format format) {
        LocalDate since = from.get();
        LocalDate until = to.get();
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        forgetFile();
        Path target;
        try {
            target = Files.createTempFile("linli-split-lines-", "." + format.extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file = target;
        String name = "split-lines-" + since + "-" + until + "." + format.extension();
        starts.forEach(b -> b.setEnabled(false));
        download.setVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText("");
        ui.setPollInterval(500);
        SplitDetailsExport.Source source = SplitDetailsExport.Source.of(details, since, until);
        executor.get().submit(CallerContext.capture().wrap(() -> {
            try (OutputStream out = Files.newOutputStream(target)) {
                long lines = SplitDetailsExport.write(format, source, locale, out, (done, total) -> ui.access(() -> {
                    progress.setValue(total == 0 ? 1 : (double) done / total);
                    progressText.setText(getTranslation("details.progress", done, total));
                }));
                ui.access(() -> offer(target, name, format, lines));
            } catch (DomainException problem) {
                ui.access(() -> UiErrors.show(problem));
            } catch (IOException | RuntimeException failure) {
                ui.access(() -> UiErrors.handleUnexpected(failure));
            } finally {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    starts.forEach(b -> b.setEnabled(true));
                });
            }
        }));
    }

    private void offer(Path exported, String name, SplitDetailsExport.Format format, long lines) {
        download.setHref((DownloadHandler) event -> {
            event.setFileName(name);
            event.setContentType(format.contentType());
            Files.copy(exported, event.getOutputStream());
        }, AttachmentType.DOWNLOAD);
        download.setText(getTranslation("details.download", name));
        download.setVisible(true);
        progressText.setText(getTranslation("details.done", lines));
        UiErrors.success(getTranslation("details.done", lines));
    }

    private void forgetFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file; the system's cleaner takes what is left.
            }
            file = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        forgetFile();
        super.onDetach(event);
    }
}
