package org.linli.ui.console;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.server.VaadinSession;
import org.linli.platform.application.PageRequest;
import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantFilter;
import org.linli.platform.tenancy.TenantSelection;
import org.linli.platform.tenancy.TenantService;

import java.util.Objects;
import java.util.Optional;

/**
 * Lets a platform operator choose the tenant to act in, or none (platform-wide work). The choice is kept in the
 * session, where the tenant resolution of every following request reads it; the page reloads so that every view
 * shows the chosen tenant's data.
 */
class TenantSwitcher extends ComboBox<TenantSwitcher.Choice> {

    record Choice(Long id, String name) {
    }

    TenantSwitcher(TenantService tenants) {
        setId("tenant-switcher");
        setPlaceholder(getTranslation("console.tenant.all"));
        setClearButtonVisible(true);
        setItemLabelGenerator(Choice::name);
        setItems(tenants.list(TenantFilter.all(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .map(TenantSwitcher::choice).toList());
        Optional<Long> current = TenantContext.current().map(tenant -> tenant.value());
        current.flatMap(id -> getListDataView().getItems().filter(c -> c.id().equals(id)).findFirst())
                .ifPresent(this::setValue);
        addValueChangeListener(change -> {
            if (change.isFromClient() && !Objects.equals(change.getOldValue(), change.getValue())) {
                select(change.getValue());
            }
        });
    }

    private static Choice choice(Tenant tenant) {
        return new Choice(tenant.id().value(), tenant.name());
    }

    private static void select(Choice choice) {
        remember(choice == null ? null : choice.id());
        UI.getCurrent().getPage().reload();
    }

    /** Keeps the choice in the session, where every following request's tenant resolution reads it. */
    static void remember(Long tenantId) {
        VaadinSession.getCurrent().getSession().setAttribute(TenantSelection.SESSION_ATTRIBUTE, tenantId);
    }
}
