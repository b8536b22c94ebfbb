package org.linli.ui.console.devices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.tenants.devices.AlertDesk;
import org.linli.tenants.devices.Device;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.DeviceRegistry;
import org.linli.tenants.devices.DeviceState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

/**
 * One device: where it is, its state and when it was last heard from, its heartbeat, its share of false alarms, and
 * its recent alerts with the label buttons. Operators issue it a new secret (shown once) or retire it.
 */
@Route(value = "devices/device", layout = MainLayout.class)
@ViewPermission(Permissions.DEVICE_READ)
public class DeviceDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DeviceRegistry registry;
    private final AlertDesk alerts;
    private long id;
    private String title = "";

    @Inject
    public DeviceDetailView(DeviceRegistry registry, AlertDesk alerts) {
        this.registry = registry;
        this.alerts = alerts;
        addClassName("device-detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter == null ? -1 : parameter;
        show();
    }

    private void show() {
        removeAll();
        DeviceRegistry.DeviceDetail detail;
        try {
            detail = registry.get(id);
        } catch (DomainException problem) {
            UiErrors.show(problem);
            return;
        }
        Device d = detail.device();
        title = d.name();
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(getTranslation("devices.kind." + d.kind().name())),
                getTranslation("devices.kind"));
        facts.addFormItem(new Span(d.place().name()), getTranslation("devices.place"));
        facts.addFormItem(DeviceBadges.state(d.state(), this::getTranslation), getTranslation("devices.state"));
        facts.addFormItem(new Span(d.lastSeenAt() == null ? getTranslation("devices.never")
                : Formats.dateTime(d.lastSeenAt())), getTranslation("devices.last-seen"));
        facts.addFormItem(new Span(getTranslation("devices.heartbeat.value", d.heartbeatMinutes())),
                getTranslation("devices.heartbeat"));
        Span code = new Span(d.code());
        code.setId("device-detail-code");
        facts.addFormItem(code, getTranslation("devices.code"));
        facts.addFormItem(new Span(Formats.dateTime(d.secretIssuedAt())), getTranslation("devices.secret-issued"));
        Span rate = DeviceBadges.rateBadge(detail.figures(), this::getTranslation);
        rate.setId("device-fp-rate");
        facts.addFormItem(rate, getTranslation("devices.fp"));
        facts.addFormItem(new Span(String.valueOf(detail.figures().alerts())), getTranslation("devices.alerts"));
        add(new H2(d.name()), facts);
        if (CurrentUser.isPermitted(Permissions.DEVICE_MANAGE) && d.state() != DeviceState.RETIRED) {
            Button rotate = new Button(getTranslation("devices.rotate"), click -> confirm("devices.rotate.confirm",
                    () -> new SecretDialog(registry.rotateSecret(id)).open()));
            rotate.setId("device-rotate");
            Button retire = new Button(getTranslation("devices.retire"), click -> confirm("devices.retire.confirm",
                    () -> registry.retire(id)));
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            retire.setId("device-retire");
            add(new HorizontalLayout(rotate, retire));
        }
        AlertGrid grid = new AlertGrid(alerts, false);
        grid.show(new DeviceCommands.AlertFilter(id, null, false));
        grid.onLabelled(this::show);
        add(new H3(getTranslation("devices.recent-alerts")), grid);
    }

    private void confirm(String key, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(key + ".title"), getTranslation(key + ".text"),
                getTranslation(key + ".ok"), event -> {
                    action.run();
                    show();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("device-confirm");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
