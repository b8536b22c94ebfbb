package org.linli.ui.console.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.linli.platform.export.Csv;
import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.tenants.registry.importexport.ImportColumn;
import org.linli.tenants.registry.importexport.ImportMode;
import org.linli.tenants.registry.importexport.ImportProblem;
import org.linli.tenants.registry.importexport.ImportProgress;
import org.linli.tenants.registry.importexport.ImportReport;
import org.linli.tenants.registry.importexport.ImportSheet;
import org.linli.tenants.registry.importexport.ResidentImport;
import org.linli.ui.components.BoundedUpload;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.UiErrors;
import org.linli.ui.components.UploadTexts;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The import wizard: upload a resident list (CSV or XLSX), read the report row by row, fix the file and upload it
 * again, then commit — all valid rows or nothing. A commit runs in the background with a progress bar; the caller's
 * identity and tenant go with it.
 */
@Route(value = "residents/import", layout = MainLayout.class)
@ViewPermission(Permissions.REGISTRY_IMPORT)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final ResidentImport imports;
    private final Grid<ImportProblem> report = new ListGrid<>();
    private final Paragraph summary = new Paragraph();
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Button check = new Button();
    private final Button commit = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private volatile String fileName;
    private volatile byte[] content;
    /** Counts uploads, so that only the file that was checked can be committed. */
    private volatile int uploaded;
    private int checked = -1;

    @Resource
    ManagedExecutorService executor;

    @Inject
    public ImportView(ResidentImport imports) {
        this.imports = imports;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")),
                template(), upload(), options(), progressRow(), summary, report());
    }

    private Component template() {
        List<String> header = Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();
        List<String> example = List.of("新华小区", "3栋", "2单元", "501", "张三", "13812345678", "", "1950-03-14", "男",
                "户主", "独居老人");
        DownloadHandler handler = event -> {
            event.setFileName("residents-template.csv");
            event.setContentType("text/csv; charset=UTF-8");
            Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            Csv.excelPrinter(out).row(header).row(example).flush();
        };
        return new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("import.template"));
    }

    private Component upload() {
        // The callback runs in the upload request; UI changes wait for the next click (no push needed).
        Upload upload = new Upload(BoundedUpload.inMemory(ImportSheet.MAX_BYTES, (metadata, data) -> {
            fileName = metadata.fileName();
            content = data;
            uploaded++;
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize((int) ImportSheet.MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setI18n(UploadTexts.of(upload, null));
        upload.addFileRejectedListener(rejected -> UiErrors.show(DomainException.invalid(
                FieldError.of("file", "file_unreadable"))));
        return upload;
    }

    private Component options() {
        mode.setLabel(getTranslation("import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("import.mode." + m.name().toLowerCase(Locale.ROOT)));
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        mode.setId("import-mode");
        check.setText(getTranslation("import.check"));
        check.setId("import-check");
        check.addClickListener(click -> dryRun());
        commit.setText(getTranslation("import.commit"));
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(click -> commitInBackground());
        HorizontalLayout options = new HorizontalLayout(mode, check, commit);
        options.setAlignItems(FlexComponent.Alignment.END);
        return options;
    }

    private Component progressRow() {
        progress.setVisible(false);
        progress.setWidth("24rem");
        progress.setId("import-progress");
        progressText.setId("import-progress-text");
        HorizontalLayout row = new HorizontalLayout(progress, progressText);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private Component report() {
        report.setId("import-report");
        report.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        report.addColumn(ImportProblem::row).setHeader(getTranslation("import.column.row")).setAutoWidth(true);
        report.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("import.column.column"))
                .setAutoWidth(true);
        report.addColumn(p -> Messages.get(getLocale(), "validation." + p.code(), p.args().toArray()))
                .setHeader(getTranslation("import.column.problem")).setFlexGrow(1);
        report.setEmptyStateText(getTranslation("import.no-problems"));
        return report;
    }

    private void dryRun() {
        if (content == null) {
            UiErrors.show(DomainException.invalid(FieldError.of("file", "required")));
            return;
        }
        try {
            int version = uploaded;
            ImportReport result = imports.run(fileName, content, mode.getValue(), true, ImportProgress.NONE);
            checked = version;
            show(result);
            commit.setEnabled(result.valid() > 0
                    && (mode.getValue() == ImportMode.VALID_ROWS || result.invalid() == 0));
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    /** Runs the commit off the request thread; polling brings the progress to the browser. */
    private void commitInBackground() {
        if (checked != uploaded) {
            commit.setEnabled(false);
            UiErrors.show(DomainException.invalid(FieldError.of("file", "check_first")));
            return;
        }
        UI ui = UI.getCurrent();
        byte[] file = content;
        String name = fileName;
        ImportMode chosen = mode.getValue();
        commit.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        ui.setPollInterval(500);
        CallerContext caller = CallerContext.capture();
        executor.submit(caller.wrap(() -> {
            try {
                ImportReport result = imports.run(name, file, chosen, false, (phase, done, total) ->
                        ui.access(() -> {
                            progress.setValue(total == 0 ? 0 : (double) done / total);
                            progressText.setText(getTranslation("import.phase." + phase.name()
                                    .toLowerCase(Locale.ROOT), done, total));
                        }));
                ui.access(() -> {
                    show(result);
                    UiErrors.success(getTranslation("import.done", result.imported()));
                });
            } catch (DomainException problem) {
                ui.access(() -> UiErrors.show(problem));
            } catch (RuntimeException failure) {
                ui.access(() -> UiErrors.handleUnexpected(failure));
            } finally {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    content = null;
                });
            }
        }));
    }

    private void show(ImportReport result) {
        summary.setText(getTranslation(result.applied() ? "import.summary.applied" : "import.summary.checked",
                result.total(), result.valid(), result.invalid(), result.duplicates(), result.imported(),
                result.millis()));
        summary.setId("import-summary");
        report.setItems(result.problems());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
