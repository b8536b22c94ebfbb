package org.linli.ui.console.tenants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.linli.platform.identity.PlatformAccount;
import org.linli.platform.identity.PlatformUserService;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantId;
import org.linli.platform.tenancy.TenantService;
import org.linli.tenants.oversight.Jurisdictions;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.UiErrors;

import java.util.Optional;

/**
 * Attaches the platform's supervisor accounts to a district (or detaches them): an attached supervisor oversees the
 * district and the property companies it supervises, read-only. Each change is audited.
 */
class JurisdictionDialog extends Dialog {

    private final PlatformUserService platformUsers;
    private final Jurisdictions jurisdictions;
    private final TenantService tenants;
    private final Tenant district;
    private final Grid<PlatformAccount> grid = new ListGrid<>();

    JurisdictionDialog(PlatformUserService platformUsers, Jurisdictions jurisdictions, TenantService tenants,
                       Tenant district) {
        this.platformUsers = platformUsers;
        this.jurisdictions = jurisdictions;
        this.tenants = tenants;
        this.district = district;
        setHeaderTitle(getTranslation("tenants.jurisdiction.title", district.name()));
        grid.setId("jurisdiction-grid");
        grid.addColumn(a -> a.details().displayName()).setHeader(getTranslation("tenants.jurisdiction.supervisor"))
                .setAutoWidth(true);
        grid.addColumn(a -> attachedTo(a).map(id -> tenants.get(id).name()).orElse("—"))
                .setHeader(getTranslation("tenants.jurisdiction.district")).setAutoWidth(true);
        grid.addComponentColumn(this::action);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("tenants.jurisdiction.none"));
        add(new Paragraph(getTranslation("tenants.jurisdiction.help")), grid);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        setWidth("40rem");
        refresh();
    }

    private Optional<TenantId> attachedTo(PlatformAccount account) {
        return jurisdictions.districtOf(account.id());
    }

    private Button action(PlatformAccount account) {
        boolean here = attachedTo(account).map(district.id()::equals).orElse(false);
        Button button = new Button(getTranslation(here ? "tenants.jurisdiction.detach" : "tenants.jurisdiction.attach"),
                click -> {
                    try {
                        if (here) {
                            jurisdictions.detach(account.id());
                        } else {
                            jurisdictions.attach(account.id(), district.id());
                        }
                        refresh();
                    } catch (DomainException problem) {
                        UiErrors.show(problem);
                    }
                });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, here ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        button.addClassName("jurisdiction-action");
        return button;
    }

    private void refresh() {
        grid.setItems(platformUsers.list().stream().filter(a -> a.details().role() == Role.SUPERVISOR).toList());
    }
}
