package org.linli.ui.console.users;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.AccountStatus;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserId;
import org.linli.platform.identity.UserService;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.Role;
import org.linli.platform.security.RoleGrants;
import org.linli.platform.tenancy.TenantContext;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The users of the tenant being acted for: search, create with a role, disable and enable, one or many. */
@Route(value = "users", layout = MainLayout.class)
@ViewPermission(Permissions.USER_READ)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Grid<UserAccount> grid = new ListGrid<>();
    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<AccountStatus> status = new Select<>();
    private final Button disableSelected = new Button();
    private final boolean mayManage = CurrentUser.isPermitted(Permissions.USER_MANAGE);

    @Inject
    public UsersView(UserService users) {
        this.users = users;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("users.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        add(toolbar(), grid());
        refresh();
    }

    private Component toolbar() {
        search.setPlaceholder(getTranslation("users.search"));
        search.setId("users-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("users.role.any"));
        role.setItems(tenantRoles());
        role.setItemLabelGenerator(r -> r == null ? getTranslation("users.role.any") : roleLabel(r));
        role.addValueChangeListener(change -> refresh());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("users.status.any"));
        status.setItems(AccountStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("users.status.any") : statusLabel(s));
        status.addValueChangeListener(change -> refresh());

        Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(),
                click -> new UserDialog(users, grantableRoles(), created -> {
                    UiErrors.success(getTranslation("users.created", created.details().username()));
                    refresh();
                }).open());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        disableSelected.setText(getTranslation("users.disable-selected"));
        disableSelected.setId("disable-selected");
        disableSelected.setEnabled(false);
        disableSelected.addClickListener(click -> confirmDisableSelected());
        create.setVisible(mayManage);
        disableSelected.setVisible(mayManage);

        HorizontalLayout toolbar = new HorizontalLayout(search, role, status, disableSelected, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("list-toolbar");
        toolbar.setFlexGrow(1, search);
        return toolbar;
    }

    private Component grid() {
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        if (mayManage) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(selection -> disableSelected.setEnabled(!selection.getAllSelectedItems()
                    .isEmpty()));
        }
        grid.addColumn(account -> account.details().username()).setHeader(getTranslation("users.column.username"))
                .setAutoWidth(true);
        grid.addColumn(account -> account.details().displayName())
                .setHeader(getTranslation("users.column.display-name")).setFlexGrow(2);
        grid.addColumn(account -> roleLabel(account.details().role()))
                .setHeader(getTranslation("users.column.role")).setAutoWidth(true);
        grid.addComponentColumn(account -> new StatusBadge(statusLabel(account.details().status()),
                        account.details().status() == AccountStatus.ENABLED ? StatusBadge.Tone.GOOD
                                : StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("users.column.status")).setAutoWidth(true);
        grid.addColumn(account -> Formats.dateTime(account.details().lastSignInAt()))
                .setHeader(getTranslation("users.column.last-sign-in")).setAutoWidth(true);
        if (mayManage) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("users.column.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("users.empty"));
        return grid;
    }

    private Component actions(UserAccount account) {
        boolean self = CurrentUser.actor().map(actor -> actor.tenant() != null
                && actor.accountId() == account.id().value()).orElse(false);
        if (self) {
            return new Span();
        }
        boolean enabled = account.details().status() == AccountStatus.ENABLED;
        Button toggle = new Button(getTranslation(enabled ? "users.disable" : "users.enable"), click -> {
            try {
                if (enabled) {
                    users.disable(account.id());
                } else {
                    users.enable(account.id());
                }
                UiErrors.success(getTranslation(enabled ? "users.disabled" : "users.enabled",
                        account.details().username()));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (enabled) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return toggle;
    }

    private void confirmDisableSelected() {
        List<UserId> ids = grid.getSelectedItems().stream().map(UserAccount::id).toList();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("users.disable-selected"),
                getTranslation("users.disable-selected.confirm", ids.size()), getTranslation("users.disable"),
                confirm -> {
                    try {
                        int changed = users.disableAll(ids);
                        UiErrors.success(getTranslation("users.disabled-many", changed));
                    } catch (DomainException problem) {
                        UiErrors.show(problem);
                    }
                    grid.deselectAll();
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh() {
        UserFilter filter = new UserFilter(search.getValue(), role.getValue(), status.getValue());
        grid.setItems(query -> users.list(filter, new PageRequest(query.getPage(), query.getPageSize()))
                        .items().stream(),
                query -> (int) users.list(filter, PageRequest.first(1)).total());
    }

    static List<Role> tenantRoles() {
        return Arrays.stream(Role.values()).filter(Role::allowedInTenant).toList();
    }

    /** The tenant roles the signed-in user may give: no one offers a role they do not hold. */
    static List<Role> grantableRoles() {
        return tenantRoles().stream().filter(RoleGrants::mayGrant).toList();
    }

    private String roleLabel(Role value) {
        return getTranslation("role." + value.name().toLowerCase(Locale.ROOT));
    }

    private String statusLabel(AccountStatus value) {
        return getTranslation("user.status." + value.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
