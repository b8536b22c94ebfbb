package org.linli.ui.console.forms;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.linli.platform.application.PageRequest;
import org.linli.tenants.forms.FormDefinition;
import org.linli.tenants.forms.FormExport;
import org.linli.tenants.forms.FormField;
import org.linli.tenants.forms.FormService;
import org.linli.tenants.forms.FormViews;
import org.linli.tenants.registry.grids.GridService;
import org.linli.tenants.registry.grids.GridSummary;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Completion per grid, the answers so far and their CSV export. */
class FormResultsDialog extends Dialog {

    FormResultsDialog(FormService forms, GridService grids, FormExport export, FormDefinition form) {
        setHeaderTitle(form.title());
        setWidth("min(960px, 100vw)");
        Map<Long, String> gridNames = grids.list().stream()
                .collect(Collectors.toMap(g -> g.id().value(), GridSummary::name));
        Grid<FormViews.GridProgress> progress = new ListGrid<>();
        progress.setId("form-progress");
        progress.setAllRowsVisible(true);
        progress.addThemeVariants(GridVariant.LUMO_COMPACT);
        progress.addColumn(p -> p.gridId() == null ? getTranslation("forms.no-grid")
                : gridNames.getOrDefault(p.gridId(), "#" + p.gridId())).setHeader(getTranslation("grids.column.name"));
        progress.addColumn(p -> p.answered() + " / " + p.targets()).setHeader(getTranslation("forms.answered"))
                .setAutoWidth(true);
        progress.addComponentColumn(p -> {
            ProgressBar bar = new ProgressBar(0, 1, p.share());
            bar.setWidth("10rem");
            return bar;
        }).setHeader(getTranslation("forms.completion"));
        progress.setItems(forms.progress(form.id()));

        List<FormField> fields = forms.get(form.id()).fields();
        Grid<FormViews.Answers> answers = new ListGrid<>();
        answers.setId("form-answers");
        answers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        answers.setHeight("20rem");
        answers.addColumn(a -> a.residentName() == null ? "—" : a.residentName())
                .setHeader(getTranslation("residents.column.name")).setAutoWidth(true);
        answers.addColumn(a -> Formats.dateTime(a.submittedAt())).setHeader(getTranslation("forms.submitted"))
                .setAutoWidth(true);
        for (FormField field : fields) {
            answers.addColumn(a -> a.values().getOrDefault(field.id(), "")).setHeader(field.label()).setAutoWidth(true);
        }
        answers.setItems(query -> forms.answers(form.id(), new PageRequest(query.getPage(), query.getPageSize()))
                .items().stream(), query -> (int) forms.answers(form.id(), PageRequest.first(1)).total());

        DownloadHandler csv = event -> {
            event.setFileName("form-" + form.id() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            export.export(form.id(), event.getOutputStream());
        };
        Anchor download = new Anchor(csv, AttachmentType.DOWNLOAD, getTranslation("residents.export.csv"));
        add(new H4(getTranslation("forms.completion")), progress, new H4(getTranslation("forms.results")), download,
                answers);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
