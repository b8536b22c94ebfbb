package org.linli.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.di.Instantiator;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantFilter;
import org.linli.platform.tenancy.TenantService;
import org.linli.ui.components.EmptyState;

/**
 * Where a page only makes sense inside one tenant and a platform operator has none chosen: the tenants to pick from
 * and 进入, which chooses the tenant as the header's switcher does and lands on its home. Ids: {@code tenant-picker},
 * {@code tenant-enter}.
 */
public class TenantPicker extends Div {

    private final ComboBox<TenantSwitcher.Choice> tenant = new ComboBox<>();

    @Inject
    public TenantPicker(TenantService tenants) {
        addClassName("empty-state");
        addClassName("tenant-picker");
        tenant.setId("tenant-picker");
        tenant.setPlaceholder(getTranslation("tenant-picker.placeholder"));
        tenant.setItemLabelGenerator(TenantSwitcher.Choice::name);
        tenant.setItems(tenants.list(TenantFilter.all(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .map(one -> new TenantSwitcher.Choice(one.id().value(), one.name())).toList());
        Button enter = new Button(getTranslation("tenant-picker.enter"), click -> enter());
        enter.setId("tenant-enter");
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.setEnabled(false);
        tenant.addValueChangeListener(change -> enter.setEnabled(change.getValue() != null));
        Div row = new Div(tenant, enter);
        row.addClassName("tenant-picker-row");
        add(new Paragraph(getTranslation("tenant-picker.text")), row);
    }

    /**
     * What a tenant-scoped page shows while no tenant is chosen: the picker for those who may choose a tenant, for
     * anyone else the plain advice.
     */
    public static Component inPlace() {
        boolean mayChoose = CurrentUser.actor().map(Actor::isPlatformUser).orElse(false)
                && CurrentUser.isPermitted(Permissions.TENANT_READ);
        if (!mayChoose) {
            EmptyState advice = new EmptyState(UI.getCurrent().getTranslation("users.choose-tenant"));
            return advice;
        }
        return Instantiator.get(UI.getCurrent()).getOrCreate(TenantPicker.class);
    }

    private void enter() {
        TenantSwitcher.Choice chosen = tenant.getValue();
        if (chosen != null) {
            TenantSwitcher.remember(chosen.id());
            // The console's home, loaded anew so that the header and menu are the chosen tenant's.
            UI.getCurrent().getPage().setLocation(".");
        }
    }
}
