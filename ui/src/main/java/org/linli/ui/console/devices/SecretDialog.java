package org.linli.ui.console.devices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.tenants.devices.DeviceRegistry;
import org.linli.ui.components.UiErrors;

/**
 * Shows a device's code and the secret just issued to it, with a copy button and the warning that it will not be
 * shown again (the server keeps it sealed and never answers it a second time).
 */
class SecretDialog extends Dialog {

    SecretDialog(DeviceRegistry.Issued issued) {
        setHeaderTitle(getTranslation("devices.secret.title", issued.device().name()));
        setId("device-secret-dialog");
        setCloseOnOutsideClick(false);
        TextField code = new TextField(getTranslation("devices.code"));
        code.setValue(issued.device().code());
        code.setReadOnly(true);
        code.setWidthFull();
        code.setId("device-code");
        TextField secret = new TextField(getTranslation("devices.secret"));
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("device-secret");
        Button copy = new Button(getTranslation("devices.secret.copy"), VaadinIcon.COPY.create(), click -> {
            secret.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    issued.secret());
            UiErrors.success(getTranslation("devices.secret.copied"));
        });
        copy.setId("device-secret-copy");
        Paragraph warning = new Paragraph(getTranslation("devices.secret.warning"));
        warning.addClassName("warning-text");
        warning.setId("device-secret-warning");
        Paragraph signing = new Paragraph(getTranslation("devices.secret.signing"));
        signing.getStyle().set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout body = new VerticalLayout(warning, code, secret, copy, signing);
        body.setPadding(false);
        body.setMinWidth("28em");
        add(body);
        Button done = new Button(getTranslation("devices.secret.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("device-secret-done");
        getFooter().add(done);
    }
}
