package org.linli.ui.console.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.privacy.DataAccess;
import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.registry.residents.Gender;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.ResidentCommands;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentService;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdStatus;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.tenants.registry.vehicles.VehicleRecord;
import org.linli.tenants.registry.vehicles.VehicleService;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.storefront.OrderLabels;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One resident, disclosed by policy, with their household's members and vehicles and the orders booked for them.
 * An operator corrects the details, moves the resident to another household, verifies a self-registration, marks a
 * resident who moved away and takes them back: the actions follow the resident's state. A masked sealed value that
 * the caller may reveal has a "show" action that asks for the purpose; the reveal is audited and appears at once in
 * the list of who saw this resident's data.
 */
class ResidentDialog extends Dialog {

    /** The orders shown here: the latest ones, the full history is in the order list. */
    private static final int RECENT_ORDERS = 50;

    private final ResidentDirectory directory;
    private final ResidentService residents;
    private final StructureService structure;
    private final VehicleService vehicles;
    private final OrderService orders;
    private final ResidentId id;
    private final boolean manages = CurrentUser.isPermitted(Permissions.REGISTRY_MANAGE);
    private final FormLayout details = new FormLayout();
    private final ListGrid<DataAccess> accesses = new ListGrid<>();
    private final ListGrid<ResidentRecord> members = new ListGrid<>();
    private final ListGrid<VehicleRecord> cars = new ListGrid<>();
    private final ListGrid<OrderView> booked = new ListGrid<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private ResidentRecord record;

    ResidentDialog(ResidentDirectory directory, ResidentService residents, StructureService structure,
                   VehicleService vehicles, OrderService orders, ResidentId id, Runnable changed) {
        this.directory = directory;
        this.residents = residents;
        this.structure = structure;
        this.vehicles = vehicles;
        this.orders = orders;
        this.id = id;
        setId("resident-dialog");
        setWidth("min(960px, 96vw)");
        setMaxHeight("90vh");
        setResizable(true);
        addClassName("resident-dialog");
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2));
        TabSheet tabs = new TabSheet();
        tabs.setId("resident-tabs");
        tabs.setWidthFull();
        tab(tabs, "details", new VerticalLayout(details, new H4(getTranslation("resident.accesses")),
                accessGrid()));
        tab(tabs, "members", memberGrid());
        tab(tabs, "vehicles", vehicleGrid());
        if (CurrentUser.isPermitted(Permissions.MARKET_READ)) {
            tab(tabs, "orders", orderGrid());
        }
        add(tabs);
        actions.setId("resident-actions");
        actions.getStyle().set("flex-wrap", "wrap");
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("resident-close");
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                changed.run();
            }
        });
        getFooter().add(actions, close);
        load();
    }

    private void tab(TabSheet tabs, String name, Component content) {
        Tab tab = tabs.add(getTranslation("resident.tab." + name), content);
        tab.setId("resident-tab-" + name);
    }

    private Component accessGrid() {
        accesses.addThemeVariants(GridVariant.LUMO_COMPACT);
        accesses.setAllRowsVisible(true);
        accesses.addColumn(a -> Formats.dateTime(a.accessedAt())).setHeader(getTranslation("who-saw.column.time"));
        accesses.addColumn(DataAccess::actor).setHeader(getTranslation("who-saw.column.actor"));
        accesses.addColumn(a -> getTranslation("field." + RegistryLabels.key(a.field())))
                .setHeader(getTranslation("who-saw.column.field"));
        accesses.addColumn(DataAccess::purpose).setHeader(getTranslation("who-saw.column.purpose"))
                .setFlexGrow(ListGrid.LONG_TEXT);
        accesses.setEmptyState(getTranslation("resident.accesses.empty"));
        return accesses;
    }

    private Component memberGrid() {
        members.setId("resident-members");
        members.addThemeVariants(GridVariant.LUMO_COMPACT);
        members.setAllRowsVisible(true);
        members.addColumn(r -> RegistryLabels.orHidden(r.name())).setHeader(getTranslation("residents.column.name"));
        members.addColumn(r -> RegistryLabels.relation(this, r.relation()))
                .setHeader(getTranslation("residents.column.relation"));
        members.addColumn(r -> RegistryLabels.gender(this, r.gender()))
                .setHeader(getTranslation("residents.column.gender"));
        members.addColumn(r -> RegistryLabels.orHidden(r.mobile()))
                .setHeader(getTranslation("residents.column.mobile"));
        members.addColumn(r -> RegistryLabels.tags(this, r.tags())).setHeader(getTranslation("residents.column.tags"));
        members.addComponentColumn(this::statusBadge).setHeader(getTranslation("residents.column.status"));
        members.setEmptyState(getTranslation("resident.members.empty"));
        return members;
    }

    private Component vehicleGrid() {
        cars.setId("resident-vehicles");
        cars.addThemeVariants(GridVariant.LUMO_COMPACT);
        cars.setAllRowsVisible(true);
        cars.addColumn(v -> RegistryLabels.orHidden(v.plate())).setHeader(getTranslation("resident.vehicle.plate"));
        cars.addComponentColumn(v -> new StatusBadge(getTranslation(v.active() ? "resident.vehicle.active"
                        : "resident.vehicle.inactive"), v.active() ? StatusBadge.Tone.GOOD : StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("residents.column.status"));
        cars.setEmptyState(getTranslation("resident.vehicles.empty"));
        return cars;
    }

    private Component orderGrid() {
        booked.setId("resident-orders");
        booked.addThemeVariants(GridVariant.LUMO_COMPACT);
        booked.setAllRowsVisible(true);
        booked.addColumn(v -> "#" + v.order().id().value()).setHeader(getTranslation("order.number"));
        booked.addColumn(v -> v.order().title()).setHeader(getTranslation("offering.title")).setFlexGrow(2);
        booked.addComponentColumn(v -> OrderLabels.status(this, v.order().status()))
                .setHeader(getTranslation("orders.status"));
        booked.addColumn(v -> v.order().amount().format()).setHeader(getTranslation("order.amount"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(v -> "amount");
        booked.addColumn(v -> Formats.dateTime(v.order().placedAt())).setHeader(getTranslation("orders.placed"));
        booked.setEmptyState(getTranslation("resident.orders.empty"));
        return booked;
    }

    private void load() {
        record = directory.get(id);
        setHeaderTitle(RegistryLabels.orHidden(record.name()));
        details.removeAll();
        details.addFormItem(text(record.address()), getTranslation("residents.column.address"));
        details.addFormItem(statusBadge(record), getTranslation("residents.column.status"));
        details.addFormItem(text(RegistryLabels.gender(this, record.gender())),
                getTranslation("residents.column.gender"));
        details.addFormItem(text(RegistryLabels.relation(this, record.relation())),
                getTranslation("residents.column.relation"));
        details.addFormItem(sealed(PersonalField.BIRTH_DATE, record.birthDate()),
                getTranslation("residents.column.birth-date"));
        details.addFormItem(sealed(PersonalField.MOBILE, record.mobile()),
                getTranslation("residents.column.mobile"));
        details.addFormItem(sealed(PersonalField.ID_NUMBER, record.idNumber()),
                getTranslation("residents.column.id-number"));
        details.addFormItem(text(RegistryLabels.tags(this, record.tags())), getTranslation("residents.column.tags"));
        accesses.setItems(directory.accesses(id, PageRequest.first(PageRequest.MAX_SIZE)).items());
        members.setItems(directory.search(new ResidentDirectory.ResidentFilter(null, null, null, null, null,
                record.household()), PageRequest.first(PageRequest.MAX_SIZE)).items());
        cars.setItems(vehicles.ofHousehold(record.household(), PageRequest.first(PageRequest.MAX_SIZE)).items());
        if (CurrentUser.isPermitted(Permissions.MARKET_READ)) {
            booked.setItems(orders.list(OrderService.OrderFilter.of(id), PageRequest.first(RECENT_ORDERS)).items());
        }
        showActions();
    }

    /** What may be done next depends on the state: a pending resident is checked, one who moved away taken back. */
    private void showActions() {
        actions.removeAll();
        if (!manages) {
            return;
        }
        switch (record.status()) {
            case PENDING -> actions.add(action("verify", ButtonVariant.LUMO_PRIMARY, () -> residents.verify(id)),
                    action("edit", ButtonVariant.LUMO_TERTIARY, this::edit),
                    action("deactivate", ButtonVariant.LUMO_ERROR, () -> residents.deactivate(id)));
            case ACTIVE -> actions.add(action("edit", ButtonVariant.LUMO_PRIMARY, this::edit),
                    action("move", ButtonVariant.LUMO_TERTIARY, this::move),
                    action("deactivate", ButtonVariant.LUMO_ERROR, () -> residents.deactivate(id)));
            case INACTIVE -> actions.add(
                    action("reactivate", ButtonVariant.LUMO_PRIMARY, () -> residents.reactivate(id)));
            default -> throw new IllegalStateException("unknown resident status " + record.status());
        }
    }

    private Button action(String name, ButtonVariant variant, Runnable act) {
        Button button = new Button(getTranslation("resident." + name), click -> {
            try {
                act.run();
                if (!"edit".equals(name) && !"move".equals(name)) {
                    UiErrors.success(getTranslation("resident." + name + ".done"));
                    load();
                }
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        button.setId(name + "-resident");
        button.addThemeVariants(variant);
        return button;
    }

    /**
     * Corrects the details. A sealed value is shown masked, so its field starts empty and an empty field leaves the
     * value as it is: only what the operator types is sent.
     */
    private void edit() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("resident.edit.title"));
        dialog.setWidth("min(640px, 96vw)");
        TextField name = new TextField(getTranslation("residents.column.name"));
        name.setValue(Objects.requireNonNullElse(record.name(), ""));
        name.setId("resident-edit-name");
        Select<Gender> gender = new Select<>();
        gender.setLabel(getTranslation("residents.column.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> RegistryLabels.gender(this, g));
        gender.setValue(record.gender());
        Select<Relation> relation = new Select<>();
        relation.setLabel(getTranslation("residents.column.relation"));
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(r -> RegistryLabels.relation(this, r));
        relation.setValue(record.relation());
        DatePicker birthDate = new DatePicker(getTranslation("residents.column.birth-date"));
        birthDate.setPlaceholder(record.birthDate());
        birthDate.setHelperText(getTranslation("resident.edit.sealed-help"));
        TextField mobile = sealedField("residents.column.mobile", record.mobile());
        mobile.setId("resident-edit-mobile");
        TextField idNumber = sealedField("residents.column.id-number", record.idNumber());
        MultiSelectComboBox<Tag> tags = new MultiSelectComboBox<>(getTranslation("residents.column.tags"));
        tags.setItems(Tag.values());
        tags.setItemLabelGenerator(t -> RegistryLabels.tag(this, t));
        if (record.tags() != null) {
            tags.setValue(record.tags());
        }
        FormLayout form = new FormLayout(name, gender, relation, birthDate, mobile, idNumber, tags);
        form.setColspan(tags, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("birthDate", birthDate);
        fields.put("mobile", mobile);
        fields.put("idNumber", idNumber);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                residents.update(id, new ResidentCommands.ResidentChanges(
                        name.getValue().isBlank() || name.getValue().equals(record.name()) ? null : name.getValue(),
                        gender.getValue(), relation.getValue(), birthDate.getValue(), blankToNull(mobile),
                        blankToNull(idNumber), tags.getValue()));
                dialog.close();
                UiErrors.success(getTranslation("resident.edit.done"));
                load();
            } catch (DomainException problem) {
                FieldErrors.show(problem, fields);
            }
        });
        save.setId("resident-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private TextField sealedField(String label, String masked) {
        TextField field = new TextField(getTranslation(label));
        field.setPlaceholder(masked);
        field.setHelperText(getTranslation("resident.edit.sealed-help"));
        return field;
    }

    private static String blankToNull(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue().trim();
    }

    /** Moves the resident to another active household of the tenant, found by its address. */
    private void move() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("resident.move.title"));
        dialog.setWidth("min(560px, 96vw)");
        ComboBox<Household> target = new ComboBox<>(getTranslation("resident.move.to"));
        target.setId("resident-move-to");
        target.setWidthFull();
        target.setItemLabelGenerator(Household::address);
        target.setItems(query -> structure.households(new StructureService.HouseholdFilter(null, null, null, null,
                        query.getFilter().orElse(null), HouseholdStatus.ACTIVE),
                new PageRequest(query.getPage(), query.getPageSize())).items().stream());
        target.setHelperText(getTranslation("resident.move.help", RegistryLabels.orHidden(record.address())));
        dialog.add(target);
        Button confirm = new Button(getTranslation("resident.move"), click -> {
            if (target.getValue() == null) {
                target.setErrorMessage(getTranslation("resident.move.choose"));
                target.setInvalid(true);
                return;
            }
            try {
                residents.move(id, target.getValue().id());
                dialog.close();
                UiErrors.success(getTranslation("resident.move.done", target.getValue().address()));
                load();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        confirm.setId("resident-move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private StatusBadge statusBadge(ResidentRecord resident) {
        return new StatusBadge(RegistryLabels.status(this, resident.status()),
                resident.status() == ResidentStatus.ACTIVE ? StatusBadge.Tone.GOOD
                        : resident.status() == ResidentStatus.PENDING ? StatusBadge.Tone.ATTENTION
                        : StatusBadge.Tone.NEUTRAL);
    }

    private Component sealed(PersonalField field, String masked) {
        Span value = text(masked);
        value.setId("value-" + field.jsonName());
        if (!record.revealable().contains(field)) {
            return value;
        }
        Button show = new Button(getTranslation("resident.reveal"), click -> askPurpose(field, value));
        show.setId("reveal-" + field.jsonName());
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout line = new HorizontalLayout(value, show);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    private void askPurpose(PersonalField field, Span value) {
        Dialog ask = new Dialog();
        ask.setHeaderTitle(getTranslation("resident.reveal.title"));
        TextField purpose = new TextField(getTranslation("resident.reveal.purpose"));
        purpose.setId("reveal-purpose");
        purpose.setWidthFull();
        purpose.setHelperText(getTranslation("resident.reveal.help"));
        ask.add(purpose);
        Button confirm = new Button(getTranslation("resident.reveal"), click -> {
            try {
                value.setText(residents.reveal(id, field, purpose.getValue()));
                ask.close();
                accesses.setItems(directory.accesses(id, PageRequest.first(PageRequest.MAX_SIZE)).items());
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.of("purpose", purpose));
            }
        });
        confirm.setId("confirm-reveal");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.getFooter().add(new Button(getTranslation("action.cancel"), click -> ask.close()), confirm);
        ask.open();
    }

    private static Span text(String value) {
        return new Span(RegistryLabels.orHidden(value == null || value.isEmpty() ? null : value));
    }
}
