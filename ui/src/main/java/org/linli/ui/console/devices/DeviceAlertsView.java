package org.linli.ui.console.devices;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.devices.AlertDesk;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.EventKind;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.Arrays;

/** Device alerts, newest first, by kind or only those nobody has labelled yet; each labelled true or false. */
@Route(value = "device-alerts", layout = MainLayout.class)
@ViewPermission(Permissions.DEVICE_READ)
public class DeviceAlertsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public DeviceAlertsView(AlertDesk desk) {
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("nav.device-alerts")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        ComboBox<EventKind> kind = new ComboBox<>(getTranslation("devices.alert.kind"));
        kind.setItems(Arrays.stream(EventKind.values()).filter(EventKind::alerts).toList());
        kind.setItemLabelGenerator(k -> getTranslation("devices.event." + k.name()));
        kind.setClearButtonVisible(true);
        kind.setId("alert-kind-filter");
        Checkbox unlabelled = new Checkbox(getTranslation("devices.alert.unlabelled-only"));
        unlabelled.setId("alert-unlabelled");
        AlertGrid grid = new AlertGrid(desk, true);
        grid.setEmptyState(getTranslation("devices.alerts.empty"));
        Runnable refresh = () -> grid.show(new DeviceCommands.AlertFilter(null, kind.getValue(),
                unlabelled.getValue()));
        kind.addValueChangeListener(e -> refresh.run());
        unlabelled.addValueChangeListener(e -> refresh.run());
        HorizontalLayout filters = new HorizontalLayout(kind, unlabelled);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters, grid);
        refresh.run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.device-alerts") + " · " + getTranslation("app.name");
    }
}
