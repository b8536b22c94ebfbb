package org.linli.ui.console.devices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.DeviceKind;
import org.linli.tenants.devices.DeviceRegistry;
import org.linli.tenants.devices.DeviceState;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.List;

/**
 * The tenant's devices, filtered by kind, state and community, with when each was last heard from and its share of
 * false alarms; operators register a device here (its secret is shown once). A row opens the device.
 */
@Route(value = "devices", layout = MainLayout.class)
@ViewPermission(Permissions.DEVICE_READ)
public class DevicesView extends VerticalLayout implements HasDynamicTitle {

    private final DeviceRegistry registry;
    private final Grid<DeviceRegistry.DeviceDetail> grid = new ListGrid<>();
    private final ComboBox<DeviceKind> kind = new ComboBox<>();
    private final ComboBox<DeviceState> state = new ComboBox<>();
    private final ComboBox<Community> community = new ComboBox<>();
    private EmptyState empty;

    @Inject
    public DevicesView(DeviceRegistry registry, StructureService structure) {
        this.registry = registry;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("nav.devices")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        kind.setLabel(getTranslation("devices.kind"));
        kind.setItems(DeviceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("devices.kind." + k.name()));
        kind.setClearButtonVisible(true);
        kind.setId("device-kind-filter");
        state.setLabel(getTranslation("devices.state"));
        state.setItems(DeviceState.values());
        state.setItemLabelGenerator(s -> getTranslation("devices.state." + s.name()));
        state.setClearButtonVisible(true);
        state.setId("device-state-filter");
        List<Community> communities = structure.communities(PageRequest.first(PageRequest.MAX_SIZE)).items();
        community.setLabel(getTranslation("devices.community"));
        community.setItems(communities);
        community.setItemLabelGenerator(Community::name);
        community.setClearButtonVisible(true);
        community.setId("device-community-filter");
        kind.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        community.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(kind, state, community);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        if (CurrentUser.isPermitted(Permissions.DEVICE_MANAGE)) {
            Button register = new Button(getTranslation("devices.new"), VaadinIcon.PLUS.create(),
                    click -> new DeviceDialog(registry, structure, issued -> {
                        refresh();
                        new SecretDialog(issued).open();
                    }).open());
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setId("device-new");
            filters.add(register);
        }
        grid.setId("devices");
        grid.addColumn(d -> d.device().name()).setHeader(getTranslation("devices.name")).setFlexGrow(2);
        grid.addColumn(d -> getTranslation("devices.kind." + d.device().kind().name()))
                .setHeader(getTranslation("devices.kind")).setAutoWidth(true);
        grid.addColumn(d -> d.device().place().name()).setHeader(getTranslation("devices.place")).setFlexGrow(2);
        grid.addComponentColumn(d -> DeviceBadges.state(d.device().state(), this::getTranslation))
                .setHeader(getTranslation("devices.state")).setAutoWidth(true);
        grid.addColumn(d -> d.device().lastSeenAt() == null ? getTranslation("devices.never")
                : Formats.dateTime(d.device().lastSeenAt())).setHeader(getTranslation("devices.last-seen"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.figures().alerts()).setHeader(getTranslation("devices.alerts")).setAutoWidth(true);
        grid.addComponentColumn(d -> DeviceBadges.rateBadge(d.figures(), this::getTranslation))
                .setHeader(getTranslation("devices.fp")).setAutoWidth(true);
        grid.addColumn(d -> d.device().code()).setHeader(getTranslation("devices.code")).setAutoWidth(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(DeviceDetailView.class, click.getItem().device().id())));
        empty = new EmptyState(getTranslation("devices.empty"));
        empty.setVisible(false);
        add(filters, empty, grid);
        refresh();
    }

    private void refresh() {
        List<DeviceRegistry.DeviceDetail> devices = registry.list(new DeviceCommands.DeviceFilter(kind.getValue(),
                state.getValue(), community.getValue() == null ? null : community.getValue().id().value()),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        grid.setItems(devices);
        empty.setVisible(devices.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.devices") + " · " + getTranslation("app.name");
    }
}
