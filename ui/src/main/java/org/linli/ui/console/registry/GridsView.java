package org.linli.ui.console.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserId;
import org.linli.platform.identity.UserService;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.grids.GridService;
import org.linli.tenants.registry.grids.GridSummary;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Grids: which buildings each groups, who works it and how many households it holds. */
@Route(value = "grids", layout = MainLayout.class)
@ViewPermission(Permissions.GRID_READ)
public class GridsView extends VerticalLayout implements HasDynamicTitle {

    private final GridService grids;
    private final StructureService structure;
    private final UserService users;
    private final Grid<GridSummary> list = new ListGrid<>();
    private final Map<Long, String> buildingNames = new HashMap<>();
    private final Map<Long, String> userNames = new HashMap<>();
    private final boolean mayManage = CurrentUser.isPermitted(Permissions.GRID_MANAGE);

    @Inject
    public GridsView(GridService grids, StructureService structure, UserService users) {
        this.grids = grids;
        this.structure = structure;
        this.users = users;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("grids.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        for (Community community : structure.communities(PageRequest.first(PageRequest.MAX_SIZE)).items()) {
            for (Building building : structure.buildings(community.id(), PageRequest.first(PageRequest.MAX_SIZE)).items()) {
                buildingNames.put(building.id().value(), community.name() + " " + building.name());
            }
        }
        if (CurrentUser.isPermitted(Permissions.USER_READ)) {
            users.list(new UserFilter(null, Role.GRID_WORKER, null), PageRequest.first(PageRequest.MAX_SIZE))
                    .items().forEach(u -> userNames.put(u.id().value(), u.details().displayName()));
        }
        Button create = new Button(getTranslation("grids.create"), VaadinIcon.PLUS.create(), click -> createGrid());
        create.setId("create-grid");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(mayManage);
        add(create, list());
        refresh();
    }

    private Component list() {
        list.setId("grids-grid");
        list.addColumn(GridSummary::name).setHeader(getTranslation("grids.column.name")).setAutoWidth(true);
        list.addColumn(g -> names(g.buildingIds(), buildingNames)).setHeader(getTranslation("grids.column.buildings"))
                .setFlexGrow(ListGrid.LONG_TEXT);
        list.addColumn(g -> names(g.workerIds(), userNames)).setHeader(getTranslation("grids.column.workers"))
                .setAutoWidth(true);
        list.addColumn(GridSummary::households).setHeader(getTranslation("grids.column.households"))
                .setAutoWidth(true);
        if (mayManage) {
            list.addComponentColumn(this::actions).setHeader(getTranslation("users.column.actions"))
                    .setAutoWidth(true);
        }
        list.setEmptyStateText(getTranslation("grids.empty"));
        return list;
    }

    private Component actions(GridSummary grid) {
        Button buildings = new Button(getTranslation("grids.assign-buildings"), click -> assign(grid, true));
        Button workers = new Button(getTranslation("grids.assign-workers"), click -> assign(grid, false));
        buildings.addThemeVariants(ButtonVariant.LUMO_SMALL);
        workers.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(buildings, workers);
    }

    private void assign(GridSummary grid, boolean buildings) {
        Map<Long, String> options = buildings ? buildingNames : userNames;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(grid.name());
        MultiSelectComboBox<Long> choice = new MultiSelectComboBox<>(getTranslation(buildings
                ? "grids.column.buildings" : "grids.column.workers"));
        choice.setWidth("28rem");
        choice.setItems(new ArrayList<>(options.keySet()));
        choice.setItemLabelGenerator(id -> options.getOrDefault(id, "#" + id));
        choice.select(buildings ? grid.buildingIds() : grid.workerIds());
        dialog.add(choice);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                if (buildings) {
                    grids.assignBuildings(grid.id(), choice.getSelectedItems());
                } else {
                    grids.assignWorkers(grid.id(), choice.getSelectedItems().stream()
                            .map(UserId::new).toList());
                }
                dialog.close();
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void createGrid() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("grids.create"));
        TextField name = new TextField(getTranslation("grids.column.name"));
        name.setId("grid-name-field");
        dialog.add(name);
        Button save = new Button(getTranslation("action.create"), click -> {
            try {
                grids.create(new GridService.GridName(name.getValue()));
                dialog.close();
                refresh();
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.of("name", name));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private static String names(List<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining("、"));
    }

    private void refresh() {
        list.setItems(grids.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grids.title") + " · " + getTranslation("app.name");
    }
}
