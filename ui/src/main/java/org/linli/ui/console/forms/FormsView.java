package org.linli.ui.console.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.forms.FormDefinition;
import org.linli.tenants.forms.FormExport;
import org.linli.tenants.forms.FormService;
import org.linli.tenants.forms.FormStatus;
import org.linli.tenants.registry.grids.GridService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/** Smart forms (智慧表单): design, publish, fill in for residents, follow completion per grid, export. */
@Route(value = "forms", layout = MainLayout.class)
@ViewPermission(Permissions.FORM_MANAGE)
public class FormsView extends VerticalLayout implements HasDynamicTitle {

    private final FormService forms;
    private final ResidentDirectory residents;
    private final GridService grids;
    private final FormExport export;
    private final Grid<FormDefinition> list = new ListGrid<>();

    @Inject
    public FormsView(FormService forms, ResidentDirectory residents, StructureService structure, GridService grids,
                     FormExport export) {
        this.forms = forms;
        this.residents = residents;
        this.grids = grids;
        this.export = export;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("forms.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        Button create = new Button(getTranslation("forms.create"), VaadinIcon.PLUS.create(),
                click -> new FormDesigner(forms, structure, grids, this::refresh).open());
        create.setId("create-form");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create, list());
        refresh();
    }

    private Component list() {
        list.setId("forms-grid");
        list.addColumn(FormDefinition::title).setHeader(getTranslation("forms.column.title")).setFlexGrow(2);
        list.addColumn(f -> getTranslation("forms.audience." + f.audience().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("forms.column.audience")).setAutoWidth(true);
        list.addComponentColumn(f -> new StatusBadge(getTranslation("forms.status." + f.status().name()
                        .toLowerCase(Locale.ROOT)), f.status() == FormStatus.PUBLISHED ? StatusBadge.Tone.GOOD
                        : StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("forms.column.status")).setAutoWidth(true);
        list.addColumn(f -> Formats.dateTime(f.publishedAt())).setHeader(getTranslation("forms.column.published"))
                .setAutoWidth(true);
        list.addComponentColumn(this::actions).setHeader(getTranslation("users.column.actions")).setAutoWidth(true);
        list.setEmptyStateText(getTranslation("forms.empty"));
        return list;
    }

    private Component actions(FormDefinition form) {
        HorizontalLayout actions = new HorizontalLayout();
        if (form.status() == FormStatus.DRAFT) {
            actions.add(small("forms.publish", () -> forms.publish(form.id())));
        }
        if (form.status() == FormStatus.PUBLISHED) {
            Button fill = new Button(getTranslation("forms.fill"),
                    click -> new FillFormDialog(forms, residents, form.id(), this::refresh).open());
            fill.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(fill, small("forms.close", () -> forms.close(form.id())));
        }
        if (form.status() != FormStatus.DRAFT) {
            Button results = new Button(getTranslation("forms.results"),
                    click -> new FormResultsDialog(forms, grids, export, form).open());
            results.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(results);
        }
        return actions;
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                action.run();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void refresh() {
        list.setItems(query -> forms.list(new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) forms.list(PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forms.title") + " · " + getTranslation("app.name");
    }
}
