package org.linli.ui.console.devices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.tenants.devices.AlertDesk;
import org.linli.tenants.devices.AlertLabel;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.UiErrors;

/**
 * Alerts, newest first, with what became of each (the case it opened or joined) and buttons to label it true or
 * false positive; a label may be changed. Shared by the alert list and a device's page.
 */
class AlertGrid extends ListGrid<AlertDesk.AlertView> {

    private final AlertDesk desk;
    private DeviceCommands.AlertFilter filter = new DeviceCommands.AlertFilter(null, null, false);
    private Runnable labelled = () -> { };

    AlertGrid(AlertDesk desk, boolean showDevice) {
        this.desk = desk;
        setId("device-alerts");
        addColumn(v -> Formats.dateTime(v.alert().lastAt())).setHeader(getTranslation("devices.alert.last"))
                .setAutoWidth(true);
        if (showDevice) {
            addColumn(v -> v.device().name()).setHeader(getTranslation("devices.device")).setFlexGrow(2);
            addColumn(v -> v.device().place().name()).setHeader(getTranslation("devices.place")).setFlexGrow(2);
        }
        addColumn(v -> getTranslation("devices.event." + v.alert().kind().name()))
                .setHeader(getTranslation("devices.alert.kind")).setAutoWidth(true);
        addComponentColumn(v -> DeviceBadges.severity(v.alert().severity(), this::getTranslation))
                .setHeader(getTranslation("devices.alert.severity")).setAutoWidth(true);
        addColumn(v -> v.alert().eventCount()).setHeader(getTranslation("devices.alert.count")).setAutoWidth(true);
        addColumn(v -> getTranslation("devices.routing." + v.alert().routing().name()
                + (v.alert().caseId() == null ? "" : ".case"), v.alert().caseId() == null ? "" : v.alert().caseId()))
                .setHeader(getTranslation("devices.alert.routing")).setFlexGrow(ListGrid.LONG_TEXT);
        addComponentColumn(v -> DeviceBadges.label(v.alert().label(), this::getTranslation))
                .setHeader(getTranslation("devices.alert.label")).setAutoWidth(true);
        if (CurrentUser.isPermitted(Permissions.DEVICE_LABEL)) {
            addComponentColumn(this::labelButtons).setHeader(getTranslation("devices.alert.judge")).setAutoWidth(true);
        }
        setAllRowsVisible(false);
    }

    private HorizontalLayout labelButtons(AlertDesk.AlertView view) {
        Button real = button(view, AlertLabel.TRUE_POSITIVE, "devices.label.mark-true");
        Button wolf = button(view, AlertLabel.FALSE_POSITIVE, "devices.label.mark-false");
        HorizontalLayout buttons = new HorizontalLayout(real, wolf);
        buttons.setSpacing(false);
        return buttons;
    }

    private Button button(AlertDesk.AlertView view, AlertLabel label, String key) {
        Button button = new Button(getTranslation(key), click -> {
            desk.label(view.alert().id(), label);
            UiErrors.success(getTranslation("devices.label.saved"));
            refresh();
            labelled.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId("label-" + (label == AlertLabel.TRUE_POSITIVE ? "true" : "false") + "-" + view.alert().id());
        button.setEnabled(view.alert().label() != label);
        return button;
    }

    void show(DeviceCommands.AlertFilter filter) {
        this.filter = filter;
        refresh();
    }

    void onLabelled(Runnable then) {
        this.labelled = then;
    }

    void refresh() {
        setItems(desk.list(filter, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }
}
