package org.linli.ui.console.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseDesk;
import org.linli.tenants.cases.CaseHandling;
import org.linli.tenants.cases.CaseState;
import org.linli.tenants.cases.CivicCase;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.time.Instant;

/**
 * The case queue (a grid worker sees their grids' cases only), filtered by state and overdue, the most urgent
 * first; "SLA board" shows the cases due soon or overdue. A row opens the case. A resident's phone call or a visit
 * becomes a case here too ({@link StaffReportDialog}), which then opens.
 */
@Route(value = "cases", layout = MainLayout.class)
@ViewPermission(Permissions.CASE_HANDLE)
public class CaseQueueView extends VerticalLayout implements HasDynamicTitle {

    private final CaseHandling handling;
    private final ListGrid<CivicCase> grid = new ListGrid<>();
    private final ComboBox<CaseState> state = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox board = new Checkbox();

    @Inject
    public CaseQueueView(CaseHandling handling, CaseDesk desk, CaseCategories categories, ResidentDirectory residents,
                         StructureService structure) {
        this.handling = handling;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("nav.cases")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        state.setLabel(getTranslation("cases.state"));
        state.setItems(CaseState.values());
        state.setItemLabelGenerator(s -> getTranslation("cases.state." + s.name()));
        state.setClearButtonVisible(true);
        state.setId("case-state-filter");
        overdue.setLabel(getTranslation("cases.overdue-only"));
        board.setLabel(getTranslation("cases.board"));
        board.setId("case-board");
        state.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        board.addValueChangeListener(e -> refresh());
        grid.setId("case-queue");
        grid.addColumn(c -> "#" + c.id()).setHeader("#").setAutoWidth(true);
        grid.addColumn(c -> getTranslation("cases.state." + c.state().name())).setHeader(getTranslation("cases.state"))
                .setAutoWidth(true);
        grid.addColumn(CivicCase::description).setHeader(getTranslation("cases.description"))
                .setFlexGrow(ListGrid.LONG_TEXT);
        grid.addColumn(c -> c.place().name()).setHeader(getTranslation("cases.place"));
        grid.addColumn(c -> Formats.dateTime(c.resolveDue())).setHeader(getTranslation("cases.resolve-due"));
        grid.addComponentColumn(c -> c.overdue(Instant.now()) || c.overdueAt() != null && c.state().isOpen()
                ? new StatusBadge(getTranslation("cases.overdue"), StatusBadge.Tone.ATTENTION)
                : new StatusBadge(getTranslation("cases.on-time"), StatusBadge.Tone.GOOD))
                .setHeader(getTranslation("cases.sla"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(CaseDetailView.class, click.getItem().id())));
        Button file = new Button(getTranslation("cases.on-behalf.open"), VaadinIcon.PHONE.create(), click ->
                new StaffReportDialog(desk, handling, categories, residents, structure, filed -> {
                    UiErrors.success(getTranslation("cases.on-behalf.filed", filed.civicCase().id()));
                    getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class, filed.civicCase().id()));
                }).open());
        file.setId("case-behalf-open");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fileFirst = new Button(getTranslation("cases.on-behalf.open"), click -> file.click());
        fileFirst.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        grid.setEmptyState(getTranslation("cases.queue.empty"), fileFirst);
        HorizontalLayout filters = new HorizontalLayout(state, overdue, board, file);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(board.getValue() ? handling.board(PageRequest.first(200)).items()
                : handling.queue(new CaseCommands.QueueFilter(state.getValue(), null, null, overdue.getValue()),
                PageRequest.first(200)).items());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cases") + " · " + getTranslation("app.name");
    }
}
