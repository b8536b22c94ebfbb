package org.linli.ui.console.tenants;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.NewTenant;
import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantKind;
import org.linli.platform.tenancy.TenantService;
import org.linli.ui.components.FieldErrors;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Onboards a tenant: its kind and name. Errors appear under the fields, in the API's words. */
class TenantDialog extends Dialog {

    private final TextField name = new TextField();
    private final Select<TenantKind> kind = new Select<>();

    TenantDialog(TenantService tenants, Consumer<Tenant> created) {
        setHeaderTitle(getTranslation("tenants.create"));
        name.setLabel(getTranslation("tenants.column.name"));
        name.setId("tenant-name-field");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        kind.setLabel(getTranslation("tenants.column.kind"));
        kind.setId("tenant-kind-field");
        kind.setItems(TenantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("tenant.kind." + k.name().toLowerCase(Locale.ROOT)));
        kind.setValue(TenantKind.DISTRICT);
        add(new FormLayout(name, kind));

        Button save = new Button(getTranslation("action.create"), click -> {
            try {
                Tenant tenant = tenants.create(new NewTenant(kind.getValue(), name.getValue()));
                close();
                created.accept(tenant);
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.<String, HasValidation>of("name", name, "kind", kind));
            }
        });
        save.setId("save-tenant");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
