package org.linli.ui.console.tenants;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.PlatformUserService;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantFilter;
import org.linli.platform.tenancy.TenantKind;
import org.linli.platform.tenancy.TenantSelection;
import org.linli.platform.tenancy.TenantService;
import org.linli.platform.tenancy.TenantStatus;
import org.linli.tenants.oversight.Jurisdictions;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Platform operators: the tenants, their status, onboarding a new one, suspending and resuming. */
@Route(value = "tenants", layout = MainLayout.class)
@ViewPermission(Permissions.TENANT_READ)
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantService tenants;
    private final Grid<Tenant> grid = new ListGrid<>();
    private final TextField search = new TextField();
    private final Select<TenantStatus> status = new Select<>();
    private final Map<Long, String> districtNames = new HashMap<>();

    private final PlatformUserService platformUsers;
    private final Jurisdictions jurisdictions;

    @Inject
    public TenantsView(TenantService tenants, PlatformUserService platformUsers,
                       Jurisdictions jurisdictions) {
        this.tenants = tenants;
        this.platformUsers = platformUsers;
        this.jurisdictions = jurisdictions;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("tenants.title")), toolbar(), grid());
        refresh();
    }

    private Component toolbar() {
        search.setPlaceholder(getTranslation("tenants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        status.setPlaceholder(getTranslation("tenants.status.any"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("tenants.status.any"));
        status.setItems(TenantStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("tenants.status.any") : label(s));
        status.addValueChangeListener(change -> refresh());
        Button create = new Button(getTranslation("tenants.create"), VaadinIcon.PLUS.create(),
                click -> new TenantDialog(tenants, created -> {
                    UiErrors.success(getTranslation("tenants.created", created.name()));
                    refresh();
                }).open());
        create.setId("create-tenant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(CurrentUser.isPermitted(Permissions.TENANT_MANAGE));
        HorizontalLayout toolbar = new HorizontalLayout(search, status, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("list-toolbar");
        toolbar.setFlexGrow(1, search);
        return toolbar;
    }

    private Component grid() {
        grid.setId("tenants-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(tenant -> tenant.id().value()).setHeader(getTranslation("tenants.column.id"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Tenant::name).setHeader(getTranslation("tenants.column.name")).setFlexGrow(2);
        grid.addColumn(tenant -> getTranslation("tenant.kind." + tenant.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("tenants.column.kind")).setAutoWidth(true);
        grid.addColumn(this::supervisor).setHeader(getTranslation("tenants.column.supervisor")).setAutoWidth(true);
        grid.addComponentColumn(tenant -> new StatusBadge(label(tenant.status()),
                        tenant.isActive() ? StatusBadge.Tone.GOOD : StatusBadge.Tone.ATTENTION))
                .setHeader(getTranslation("tenants.column.status")).setAutoWidth(true);
        grid.addColumn(tenant -> Formats.dateTime(tenant.createdAt()))
                .setHeader(getTranslation("tenants.column.created")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("tenants.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("tenants.empty"));
        return grid;
    }

    private Component actions(Tenant tenant) {
        HorizontalLayout actions = new HorizontalLayout();
        Button enter = new Button(getTranslation("tenants.enter"), click -> enter(tenant));
        enter.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(enter);
        if (CurrentUser.isPermitted(Permissions.TENANT_MANAGE)) {
            Button change = tenant.isActive()
                    ? new Button(getTranslation("tenants.suspend"), click -> confirmSuspend(tenant))
                    : new Button(getTranslation("tenants.resume"), click -> act(() -> tenants.resume(tenant.id()),
                    "tenants.resumed", tenant));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (tenant.isActive()) {
                change.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            change.addClassName("tenant-status-action");
            actions.add(change);
            if (tenant.kind() == TenantKind.PROPERTY_COMPANY) {
                Button supervise = new Button(getTranslation("tenants.supervisor.set"),
                        click -> new SupervisorDialog(tenants, tenant, saved -> {
                            UiErrors.success(getTranslation("tenants.supervisor.saved", saved.name()));
                            refresh();
                        }).open());
                supervise.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                supervise.addClassName("tenant-supervisor-action");
                actions.add(supervise);
            }
            if (tenant.kind() == TenantKind.DISTRICT && CurrentUser.isPermitted(Permissions.PLATFORM_USER_MANAGE)) {
                Button oversee = new Button(getTranslation("tenants.jurisdiction.open"),
                        click -> new JurisdictionDialog(platformUsers, jurisdictions, tenants, tenant).open());
                oversee.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                oversee.addClassName("tenant-jurisdiction-action");
                actions.add(oversee);
            }
        }
        return actions;
    }

    private void confirmSuspend(Tenant tenant) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("tenants.suspend.confirm.title", tenant.name()),
                getTranslation("tenants.suspend.confirm.text"), getTranslation("tenants.suspend"),
                confirm -> act(() -> tenants.suspend(tenant.id()), "tenants.suspended", tenant));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void act(Runnable action, String successKey, Tenant tenant) {
        try {
            action.run();
            UiErrors.success(getTranslation(successKey, tenant.name()));
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
        refresh();
    }

    /** Works inside the tenant from now on: the tenant switcher's choice, then the home page of that tenant. */
    private void enter(Tenant tenant) {
        VaadinSession.getCurrent().getSession().setAttribute(TenantSelection.SESSION_ATTRIBUTE, tenant.id().value());
        UI.getCurrent().getPage().setLocation("users");
    }

    /** The supervising district's name, looked up once per district while the list is shown. */
    private String supervisor(Tenant tenant) {
        return tenant.supervisingDistrict()
                .map(id -> districtNames.computeIfAbsent(id.value(), key -> tenants.get(id).name()))
                .orElse("");
    }

    private void refresh() {
        districtNames.clear();
        TenantFilter filter = new TenantFilter(search.getValue(), null, status.getValue());
        grid.setItems(query -> tenants.list(filter, new PageRequest(query.getPage(), query.getPageSize()))
                        .items().stream(),
                query -> (int) tenants.list(filter, PageRequest.first(1)).total());
    }

    private String label(TenantStatus value) {
        return getTranslation("tenant.status." + value.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title") + " · " + getTranslation("app.name");
    }
}
