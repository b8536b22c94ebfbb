package org.linli.ui.console.devices;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.DeviceKind;
import org.linli.tenants.devices.DeviceRegistry;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdStatus;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.ui.components.FieldErrors;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Registers a device in a home (a door sensor or water meter of an elder living alone), a building or a common area
 * of a community. On success it hands the issued secret on, to be shown once.
 */
class DeviceDialog extends Dialog {

    private final TextField name = new TextField();
    private final ComboBox<DeviceKind> kind = new ComboBox<>();
    private final ComboBox<PlaceKind> placeKind = new ComboBox<>();
    private final ComboBox<Community> community = new ComboBox<>();
    private final ComboBox<Building> building = new ComboBox<>();
    private final ComboBox<Household> household = new ComboBox<>();
    private final TextField area = new TextField();
    private final IntegerField heartbeat = new IntegerField();

    DeviceDialog(DeviceRegistry registry, StructureService structure, Consumer<DeviceRegistry.Issued> issued) {
        setHeaderTitle(getTranslation("devices.new"));
        setId("device-dialog");
        name.setLabel(getTranslation("devices.name"));
        name.setId("device-name");
        name.setMaxLength(80);
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("devices.kind"));
        kind.setId("device-kind");
        kind.setItems(DeviceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("devices.kind." + k.name()));
        kind.setValue(DeviceKind.SMOKE_DETECTOR);
        placeKind.setLabel(getTranslation("devices.place-kind"));
        placeKind.setId("device-place-kind");
        placeKind.setItems(PlaceKind.HOUSEHOLD, PlaceKind.BUILDING, PlaceKind.COMMON_AREA);
        placeKind.setItemLabelGenerator(k -> getTranslation("devices.place-kind." + k.name()));
        placeKind.setValue(PlaceKind.BUILDING);
        List<Community> communities = structure.communities(PageRequest.first(PageRequest.MAX_SIZE)).items();
        community.setLabel(getTranslation("devices.community"));
        community.setId("device-community");
        community.setItems(communities);
        community.setItemLabelGenerator(Community::name);
        building.setLabel(getTranslation("devices.building"));
        building.setId("device-building");
        building.setItemLabelGenerator(Building::name);
        community.addValueChangeListener(e -> {
            List<Building> buildings = e.getValue() == null ? List.of()
                    : structure.buildings(e.getValue().id(), PageRequest.first(PageRequest.MAX_SIZE)).items();
            building.setItems(buildings);
            building.setValue(buildings.isEmpty() ? null : buildings.get(0));
        });
        household.setLabel(getTranslation("devices.household"));
        household.setId("device-household");
        household.setItemLabelGenerator(Household::address);
        household.setVisible(false);
        building.addValueChangeListener(e -> household.setItems(e.getValue() == null ? List.of()
                : structure.households(new StructureService.HouseholdFilter(null, e.getValue().id(), null, null, null,
                HouseholdStatus.ACTIVE), PageRequest.first(PageRequest.MAX_SIZE)).items()));
        if (!communities.isEmpty()) {
            community.setValue(communities.get(0));
        }
        area.setLabel(getTranslation("devices.area"));
        area.setId("device-area");
        area.setMaxLength(100);
        area.setVisible(false);
        placeKind.addValueChangeListener(e -> {
            boolean common = e.getValue() == PlaceKind.COMMON_AREA;
            area.setVisible(common);
            building.setVisible(!common);
            household.setVisible(e.getValue() == PlaceKind.HOUSEHOLD);
        });
        heartbeat.setLabel(getTranslation("devices.heartbeat"));
        heartbeat.setId("device-heartbeat");
        heartbeat.setHelperText(getTranslation("devices.heartbeat.help"));
        heartbeat.setMin(1);
        heartbeat.setMax(DeviceCommands.MAX_HEARTBEAT_MINUTES);
        heartbeat.setValue(60);
        add(new FormLayout(name, kind, placeKind, community, building, household, area, heartbeat));
        Button save = new Button(getTranslation("devices.register"), click -> {
            PlaceKind where = placeKind.getValue();
            DeviceCommands.Registration registration = new DeviceCommands.Registration(name.getValue(),
                    kind.getValue(), where, community.getValue() == null ? null
                    : community.getValue().id().value(),
                    where == PlaceKind.BUILDING && building.getValue() != null
                            ? building.getValue().id().value() : null,
                    where == PlaceKind.HOUSEHOLD && household.getValue() != null
                            ? household.getValue().id().value() : null,
                    where == PlaceKind.COMMON_AREA ? area.getValue() : null,
                    heartbeat.getValue() == null ? 0 : heartbeat.getValue());
            try {
                DeviceRegistry.Issued done = registry.register(registration);
                close();
                issued.accept(done);
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.<String, HasValidation>of("name", name, "kind", kind,
                        "placeKind", placeKind, "communityId", community, "buildingId", building,
                        "householdId", household,
                        "placeName", area, "heartbeatMinutes", heartbeat));
            }
        });
        save.setId("device-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
