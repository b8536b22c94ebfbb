package org.linli.ui.console.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.residents.OwnershipService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.selfregistration.HouseholdInvite;
import org.linli.tenants.registry.selfregistration.InviteCodes;
import org.linli.tenants.registry.selfregistration.RegistrationSteps;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.BuildingId;
import org.linli.tenants.registry.structure.BuildingUnit;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.StructureCommands;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.tenants.registry.structure.UnitId;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The registry's structure as a tree (community → building → unit) beside the households of the selected node.
 * Operators add communities, buildings, units and homes here.
 */
@Route(value = "structure", layout = MainLayout.class)
@ViewPermission(Permissions.REGISTRY_READ)
public class StructureView extends VerticalLayout implements HasDynamicTitle {

    /** A node of the tree. */
    record Node(String kind, long id, String name) {
    }

    private final StructureService structure;
    private final TreeGrid<Node> tree = new TreeGrid<>();
    private final Grid<Household> households = new ListGrid<>();
    private final Button addChild = new Button();
    private final boolean mayManage = CurrentUser.isPermitted(Permissions.STRUCTURE_MANAGE);
    private Registration addChildAction;

    private final RegistrationSteps steps;

    private final ResidentDirectory residents;
    private final OwnershipService ownership;

    @Inject
    public StructureView(StructureService structure, RegistrationSteps steps,
                         ResidentDirectory residents,
                         OwnershipService ownership) {
        this.structure = structure;
        this.steps = steps;
        this.residents = residents;
        this.ownership = ownership;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("structure.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        Button addCommunity = new Button(getTranslation("structure.add.community"), click -> ask(
                "structure.add.community", name -> structure.createCommunity(
                        new StructureCommands.NewCommunity(name, null))));
        addCommunity.setVisible(mayManage);
        addChild.setVisible(false);
        HorizontalLayout actions = new HorizontalLayout(addCommunity, addChild);
        SplitLayout split = new SplitLayout(tree(), households());
        split.setSplitterPosition(35);
        split.setSizeFull();
        add(actions, split);
        loadTree();
    }

    private Component tree() {
        tree.setId("structure-tree");
        tree.addHierarchyColumn(Node::name).setHeader(getTranslation("structure.column.name"));
        tree.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));
        return tree;
    }

    private Component households() {
        households.setId("households-grid");
        households.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        households.addColumn(Household::address).setHeader(getTranslation("residents.column.address")).setFlexGrow(2);
        households.addColumn(h -> h.floorArea() == null ? "" : h.floorArea().toPlainString() + " m²")
                .setHeader(getTranslation("structure.column.area")).setAutoWidth(true);
        households.addColumn(h -> getTranslation("household.status." + RegistryLabels.key(h.status())))
                .setHeader(getTranslation("residents.column.status")).setAutoWidth(true);
        if (mayManage) {
            households.addComponentColumn(h -> {
                Button invite = new Button(getTranslation("structure.invite"), click -> showInvite(h));
                invite.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                invite.setEnabled(h.isActive());
                Button owners = new Button(getTranslation("owners.title"), click -> HomeOwnersDialog.open(h,
                        structure, residents, ownership, () -> select(tree.asSingleSelect().getValue())));
                owners.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                owners.setEnabled(h.isActive());
                owners.setId("household-owners-" + h.id().value());
                return new Div(invite, owners);
            }).setAutoWidth(true).setFlexGrow(0);
        }
        households.setEmptyStateText(getTranslation("structure.households.empty"));
        return households;
    }

    private void loadTree() {
        TreeData<Node> data = new TreeData<>();
        PageRequest all = PageRequest.first(PageRequest.MAX_SIZE);
        for (Community community : structure.communities(all).items()) {
            Node c = new Node("community", community.id().value(), community.name());
            data.addItem(null, c);
            for (Building building : structure.buildings(community.id(), all).items()) {
                Node b = new Node("building", building.id().value(), building.name());
                data.addItem(c, b);
                for (BuildingUnit unit : structure.units(building.id(), all).items()) {
                    data.addItem(b, new Node("unit", unit.id().value(), unit.name()));
                }
            }
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
    }

    private void select(Node node) {
        addChild.setVisible(false);
        if (node == null) {
            households.setItems();
            return;
        }
        StructureService.HouseholdFilter filter = switch (node.kind()) {
            case "community" -> new StructureService.HouseholdFilter(new CommunityId(node.id()), null, null, null,
                    null, null);
            case "building" -> new StructureService.HouseholdFilter(null, new BuildingId(node.id()), null, null,
                    null, null);
            default -> new StructureService.HouseholdFilter(null, null, new UnitId(node.id()), null, null, null);
        };
        households.setItems(query -> structure.households(filter, new PageRequest(query.getPage(),
                query.getPageSize())).items().stream(), query -> (int) structure.households(filter,
                PageRequest.first(1)).total());
        if (!mayManage) {
            return;
        }
        addChild.setVisible(true);
        switch (node.kind()) {
            case "community" -> configure("structure.add.building", () -> ask("structure.add.building",
                    name -> structure.createBuilding(new StructureCommands.NewBuilding(new CommunityId(node.id()),
                            name))));
            case "building" -> configure("structure.add.unit", () -> ask("structure.add.unit",
                    name -> structure.createUnit(new StructureCommands.NewUnit(new BuildingId(node.id()), name))));
            default -> configure("structure.add.household", () -> addHousehold(new UnitId(node.id())));
        }
    }

    /** Points the one "add" button at what the selected node can have added. */
    private void configure(String key, Runnable action) {
        addChild.setText(getTranslation(key));
        if (addChildAction != null) {
            addChildAction.remove();
        }
        addChildAction = addChild.addClickListener(click -> action.run());
    }

    private void ask(String titleKey, Consumer<String> create) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        TextField name = new TextField(getTranslation("structure.column.name"));
        name.setId("structure-name-field");
        dialog.add(name);
        Button save = new Button(getTranslation("action.create"), click -> {
            try {
                create.accept(name.getValue());
                dialog.close();
                loadTree();
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.of("name", name));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** Issues an invite code for a household's residents to register themselves, and shows it to pass on. */
    private void showInvite(Household household) {
        try {
            HouseholdInvite invite = steps.invite(household.id());
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(household.address());
            H3 code = new H3(
                    InviteCodes.display(invite.code()));
            code.setId("invite-code");
            dialog.add(code, new Paragraph(getTranslation("structure.invite.help",
                    Formats.dateTime(invite.expiresAt()))));
            dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
            dialog.open();
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void addHousehold(UnitId unit) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("structure.add.household"));
        TextField room = new TextField(getTranslation("structure.column.room"));
        BigDecimalField area = new BigDecimalField(getTranslation("structure.column.area"));
        dialog.add(new FormLayout(room, area));
        Button save = new Button(getTranslation("action.create"), click -> {
            try {
                structure.createHousehold(new StructureCommands.NewHousehold(unit, room.getValue(), area.getValue()));
                dialog.close();
                select(tree.asSingleSelect().getValue());
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.of("room", room, "floorArea", area));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("structure.title") + " · " + getTranslation("app.name");
    }
}
