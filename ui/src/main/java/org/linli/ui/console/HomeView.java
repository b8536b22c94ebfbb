package org.linli.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.billing.reporting.TenantActivity;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.AccountStatus;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantFilter;
import org.linli.platform.tenancy.TenantService;
import org.linli.platform.tenancy.TenantStatus;
import org.linli.tenants.modules.ModuleService;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.console.ads.MyCampaignsView;
import org.linli.ui.console.marketplace.ProviderWorkView;
import org.linli.ui.console.tenants.TenantsView;
import org.linli.ui.console.users.UsersView;
import org.linli.ui.finance.InvoicesView;
import org.linli.ui.oversight.OversightView;
import org.linli.ui.storefront.ShopView;

import java.util.List;
import java.util.Locale;

/**
 * The first screen after sign-in: who you are, where you act, and the numbers your role looks at first; for a
 * platform operator acting for no tenant, every tenant with its month's activity and unpaid invoices.
 */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /**
     * Residents live in the storefront, providers at their work list, advertisers at their campaigns and supervisors
     * at their dashboards; the console home is for the rest.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Role role = CurrentUser.actor().map(Actor::role).orElse(null);
        if (role == Role.RESIDENT) {
            event.forwardTo(ShopView.class);
        } else if (role == Role.PROVIDER_STAFF) {
            event.forwardTo(ProviderWorkView.class);
        } else if (role == Role.ADVERTISER) {
            event.forwardTo(MyCampaignsView.class);
        } else if (role == Role.SUPERVISOR) {
            event.forwardTo(OversightView.class);
        }
    }


    @Inject
    public HomeView(TenantService tenants, UserService users, ModuleService modules,
                    WorkToday today, TenantActivity activity) {
        addClassName("home-view");
        Actor actor = CurrentUser.require();
        add(new H2(getTranslation("home.greeting", actor.displayName())));
        add(new Paragraph(getTranslation("role." + actor.role().name().toLowerCase(Locale.ROOT))));
        Div cards = new Div();
        cards.addClassName("stat-cards");
        if (actor.isPlatformUser() && CurrentUser.isPermitted(Permissions.TENANT_READ)) {
            long active = tenants.list(new TenantFilter(null, null, TenantStatus.ACTIVE), PageRequest.first(1)).total();
            long suspended = tenants.list(new TenantFilter(null, null, TenantStatus.SUSPENDED), PageRequest.first(1))
                    .total();
            cards.add(card("home.tenants.active", active, TenantsView.class),
                    card("home.tenants.suspended", suspended, TenantsView.class));
        }
        if (TenantContext.current().isPresent() && CurrentUser.isPermitted(Permissions.USER_READ)) {
            long enabled = users.list(new UserFilter(null, null, AccountStatus.ENABLED), PageRequest.first(1)).total();
            long disabled = users.list(new UserFilter(null, null, AccountStatus.DISABLED), PageRequest.first(1))
                    .total();
            cards.add(card("home.users.enabled", enabled, UsersView.class),
                    card("home.users.disabled", disabled, UsersView.class));
        }
        if (TenantContext.current().isPresent()) {
            Div work = today.cards(this);
            if (work.getChildren().findAny().isPresent()) {
                add(new H3(getTranslation("home.today")), work);
            }
        }
        if (cards.getChildren().findAny().isPresent()) {
            add(cards);
        }
        if (TenantContext.current().isPresent()) {
            add(services(modules));
        } else if (actor.isPlatformUser() && CurrentUser.isPermitted(Permissions.TENANT_READ)) {
            add(new H3(getTranslation("home.platform.tenants")),
                    tenantActivity(activity.thisMonth()));
        }
    }

    /**
     * The platform operator's tenants side by side: this month's orders and takings, residents and accounts, and
     * the invoices they have not paid; each row enters the tenant (its home, or its invoices when some are unpaid).
     */
    private Component tenantActivity(List<TenantActivity.Line> lines) {
        Grid<TenantActivity.Line> grid = new ListGrid<>();
        grid.setId("tenant-activity");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TenantActivity.Line::name).setHeader(getTranslation("tenants.column.name")).setFlexGrow(2);
        grid.addColumn(line -> getTranslation("tenant.kind." + line.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("tenants.column.kind")).setAutoWidth(true);
        grid.addColumn(TenantActivity.Line::orders).setHeader(getTranslation("home.platform.orders"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> line.paid().format()).setHeader(getTranslation("home.platform.paid"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(TenantActivity.Line::residents).setHeader(getTranslation("home.platform.residents"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(TenantActivity.Line::accounts).setHeader(getTranslation("home.platform.accounts"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::unpaid).setHeader(getTranslation("home.platform.unpaid")).setAutoWidth(true);
        grid.addComponentColumn(line -> {
            Button enter = new Button(getTranslation("tenants.enter"), click -> enter(line, HomeView.class));
            enter.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            enter.addClassName("tenant-enter");
            enter.setId("tenant-enter-" + line.tenant().value());
            return enter;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("home.platform.empty"));
        return grid;
    }

    private Component unpaid(TenantActivity.Line line) {
        if (line.unpaidInvoices() == 0) {
            return new Span(getTranslation("home.platform.unpaid.none"));
        }
        Button invoices = new Button(getTranslation("home.platform.unpaid.some", line.unpaidInvoices(),
                line.unpaid().format()), click -> enter(line, InvoicesView.class));
        invoices.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        invoices.addClassName("tenant-unpaid");
        return invoices;
    }

    /** Works inside the tenant from now on (the tenant switcher's choice), starting at {@code view}. */
    private static void enter(TenantActivity.Line line, Class<? extends Component> view) {
        TenantSwitcher.remember(line.tenant().value());
        UI.getCurrent().getPage().setLocation("./" + RouteConfiguration.forSessionScope().getUrl(view));
    }

    /** The modules this tenant runs; a module the platform has not enabled simply is not there. */
    private Component services(ModuleService modules) {
        Div services = new Div();
        services.setId("tenant-services");
        services.addClassName("service-chips");
        services.add(new H3(getTranslation("home.services")));
        for (org.linli.tenants.modules.Module module : org.linli.tenants.modules.Module.values()) {
            if (modules.isEnabled(module)) {
                services.add(new StatusBadge(getTranslation(module.label().key()),
                        StatusBadge.Tone.GOOD));
            }
        }
        return services;
    }

    static Component card(Component in, String key, String value, Class<? extends Component> view) {
        Span number = new Span(value);
        number.addClassName("stat-value");
        RouterLink link = new RouterLink(view);
        link.add(number, new Span(in.getTranslation(key)));
        link.addClassName("stat-card");
        return link;
    }

    private Component card(String key, long value, Class<? extends Component> view) {
        return card(this, key, Long.toString(value), view);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
