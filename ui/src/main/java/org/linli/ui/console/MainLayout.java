package org.linli.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLayout;
import jakarta.inject.Inject;
import org.linli.platform.identity.SignIn;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantService;
import org.linli.tenants.inbox.Inbox;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.modules.ModuleService;
import org.linli.ui.components.InboxBell;
import org.linli.ui.console.ads.AdBookingsView;
import org.linli.ui.console.ads.AdReviewView;
import org.linli.ui.console.ads.AdSlotsView;
import org.linli.ui.console.ads.MyCampaignsView;
import org.linli.ui.console.audit.AuditView;
import org.linli.ui.console.cases.CaseQueueView;
import org.linli.ui.console.cases.CaseSetupView;
import org.linli.ui.console.cases.CaseStatisticsView;
import org.linli.ui.console.cases.EscalatedCasesView;
import org.linli.ui.console.cases.ProviderCasesView;
import org.linli.ui.console.delivery.StationView;
import org.linli.ui.console.devices.ActivityConcernsView;
import org.linli.ui.console.devices.AlertRulesView;
import org.linli.ui.console.devices.DeviceAlertsView;
import org.linli.ui.console.devices.DevicesView;
import org.linli.ui.console.eldercare.RoundsView;
import org.linli.ui.console.flea.FleaCategoriesView;
import org.linli.ui.console.flea.FleaModerationView;
import org.linli.ui.console.forms.FormsView;
import org.linli.ui.console.inbox.MessagesView;
import org.linli.ui.console.marketplace.MyOfferingsView;
import org.linli.ui.console.marketplace.ProviderWorkView;
import org.linli.ui.console.marketplace.ProvidersView;
import org.linli.ui.console.modules.ModulesView;
import org.linli.ui.console.notices.NoticeDeskView;
import org.linli.ui.console.orders.ComplaintsView;
import org.linli.ui.console.orders.OrdersView;
import org.linli.ui.console.parking.GateView;
import org.linli.ui.console.points.CheckInView;
import org.linli.ui.console.points.PointsDiscountView;
import org.linli.ui.console.points.PointsMallView;
import org.linli.ui.console.points.PointsRulesView;
import org.linli.ui.console.proposals.ProposalsAdminView;
import org.linli.ui.console.registry.GridsView;
import org.linli.ui.console.registry.ImportView;
import org.linli.ui.console.registry.ResidentsView;
import org.linli.ui.console.registry.StructureView;
import org.linli.ui.console.tenants.TenantsView;
import org.linli.ui.console.timebank.TimeBankView;
import org.linli.ui.console.users.UsersView;
import org.linli.ui.console.volunteering.ActivitiesView;
import org.linli.ui.console.volunteering.HoursView;
import org.linli.ui.finance.FleaPayoutsView;
import org.linli.ui.finance.InvoicesView;
import org.linli.ui.finance.LedgerView;
import org.linli.ui.finance.ReconciliationView;
import org.linli.ui.finance.RevenueView;
import org.linli.ui.finance.SettlementView;
import org.linli.ui.i18n.Language;
import org.linli.ui.oversight.OversightView;
import org.linli.ui.security.AccessControl;
import org.linli.ui.security.SignOut;
import org.linli.ui.storefront.ShopView;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console frame: navigation grouped by area showing only what the role may use, the tenant (a switcher for
 * platform operators), the bell with unread messages, the language switch and the user menu.
 */
public class MainLayout extends AppLayout implements RouterLayout {

    private final TenantService tenantService;
    private final SignIn signIn;
    private final ModuleService modules;
    private final Inbox inbox;
    private final ProviderTools providerTools;
    private Optional<InboxBell> bell = Optional.empty();

    @Inject
    public MainLayout(TenantService tenantService, SignIn signIn,
                      ModuleService modules, Inbox inbox, ProviderService providers,
                      CatalogService catalog) {
        this.tenantService = tenantService;
        this.signIn = signIn;
        this.modules = modules;
        this.inbox = inbox;
        this.providerTools = ProviderTools.of(providers, catalog);
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        addToDrawer(brand(), navigation());
    }

    private Component brand() {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("drawer-brand");
        return brand;
    }

    private Component navigation() {
        SideNav operations = group("nav.group.operations");
        add(operations, "nav.home", HomeView.class, VaadinIcon.HOME);
        add(operations, "nav.tenants", TenantsView.class, VaadinIcon.BUILDING);
        add(operations, "nav.users", UsersView.class, VaadinIcon.USERS);
        add(operations, "nav.notices", NoticeDeskView.class, VaadinIcon.MEGAPHONE);
        SideNav registry = group("nav.group.registry");
        add(registry, "nav.residents", ResidentsView.class, VaadinIcon.USER_CARD);
        add(registry, "nav.structure", StructureView.class, VaadinIcon.BUILDING_O);
        add(registry, "nav.grids", GridsView.class, VaadinIcon.GRID_BIG);
        add(registry, "nav.import", ImportView.class, VaadinIcon.UPLOAD);
        add(registry, "nav.forms", FormsView.class, VaadinIcon.CLIPBOARD_CHECK);
        SideNav services = group("nav.group.services");
        add(services, "nav.work", ProviderWorkView.class, VaadinIcon.TOOLS);
        add(services, "nav.my-offerings", MyOfferingsView.class, VaadinIcon.SHOP);
        addIf(org.linli.tenants.modules.Module.ELDER_CARE, services, "nav.rounds",
                RoundsView.class, VaadinIcon.HEART);
        addIf(org.linli.tenants.modules.Module.PARKING, services, "nav.gate",
                GateView.class, VaadinIcon.CAR);
        addIf(org.linli.tenants.modules.Module.DELIVERY, services, "nav.station",
                StationView.class, VaadinIcon.PACKAGE);
        add(services, "nav.providers", ProvidersView.class, VaadinIcon.SHOP);
        add(services, "nav.orders", OrdersView.class, VaadinIcon.CART);
        add(services, "nav.complaints", ComplaintsView.class, VaadinIcon.COMMENT_ELLIPSIS);
        if (providerTools.organisesVolunteers()) {
            add(services, "nav.volunteering", ActivitiesView.class,
                    VaadinIcon.HANDSHAKE);
            add(services, "nav.volunteer-hours", HoursView.class,
                    VaadinIcon.BAR_CHART);
        }
        add(services, "nav.shop", ShopView.class, VaadinIcon.STORAGE);
        add(services, "nav.points-rules", PointsRulesView.class, VaadinIcon.STAR);
        add(services, "nav.points-mall", PointsMallView.class, VaadinIcon.GIFT);
        add(services, "nav.points-discount", PointsDiscountView.class,
                VaadinIcon.TICKET);
        add(services, "nav.points-check-in", CheckInView.class, VaadinIcon.CHECK_CIRCLE);
        add(services, "nav.timebank", TimeBankView.class, VaadinIcon.CLOCK);
        add(services, "nav.cases", CaseQueueView.class, VaadinIcon.EXCLAMATION_CIRCLE);
        if (!CurrentUser.isPermitted(Permissions.CASE_HANDLE)) {
            // Operators hold case:work through case:*, yet only a provider's staff have cases assigned to them.
            add(services, "nav.provider-cases", ProviderCasesView.class,
                    VaadinIcon.WRENCH);
        }
        if (tenantService.actsForDistrict()) {
            // Only a district receives the cases its property companies escalate; elsewhere the list stays empty.
            add(services, "nav.escalated-cases", EscalatedCasesView.class,
                    VaadinIcon.ARROW_CIRCLE_UP);
        }
        add(services, "nav.case-statistics", CaseStatisticsView.class,
                VaadinIcon.BAR_CHART_H);
        add(services, "nav.devices", DevicesView.class, VaadinIcon.CONNECT);
        add(services, "nav.device-alerts", DeviceAlertsView.class, VaadinIcon.BELL);
        if (providerTools.serves(org.linli.tenants.modules.Module.ELDER_CARE)) {
            // Elder-care staff watch their clients' still homes; a cleaner or a gate attendant has none.
            add(services, "nav.activity-concerns", ActivityConcernsView.class,
                    VaadinIcon.USER_HEART);
        }
        add(services, "nav.flea-moderation", FleaModerationView.class,
                VaadinIcon.RECYCLE);
        add(services, "nav.flea-categories", FleaCategoriesView.class,
                VaadinIcon.TAGS);
        add(services, "nav.proposals", ProposalsAdminView.class,
                VaadinIcon.GAVEL);
        add(services, "nav.ad-slots", AdSlotsView.class, VaadinIcon.PICTURE);
        add(services, "nav.ad-bookings", AdBookingsView.class, VaadinIcon.CALENDAR);
        add(services, "nav.ad-review", AdReviewView.class, VaadinIcon.EYE);
        if (!CurrentUser.isPermitted(Permissions.ADS_MANAGE)) {
            // Operators review and see every booking; booking for oneself is the advertisers' own page.
            add(services, "nav.my-campaigns", MyCampaignsView.class, VaadinIcon.BULLSEYE);
        }
        SideNav finance = group("nav.group.finance");
        add(finance, "nav.revenue", RevenueView.class, VaadinIcon.CHART);
        add(finance, "nav.ledger", LedgerView.class, VaadinIcon.BOOK_DOLLAR);
        add(finance, "nav.settlements", SettlementView.class, VaadinIcon.MONEY_EXCHANGE);
        add(finance, "nav.invoices", InvoicesView.class, VaadinIcon.INVOICE);
        add(finance, "nav.reconciliation", ReconciliationView.class, VaadinIcon.SCALE);
        add(finance, "nav.flea-payouts", FleaPayoutsView.class, VaadinIcon.WALLET);
        SideNav oversight = group("nav.group.oversight");
        add(oversight, "nav.oversight", OversightView.class, VaadinIcon.DASHBOARD);
        SideNav settings = group("nav.group.settings");
        add(settings, "nav.modules", ModulesView.class, VaadinIcon.PACKAGE);
        add(settings, "nav.case-setup", CaseSetupView.class, VaadinIcon.TIMER);
        add(settings, "nav.device-rules", AlertRulesView.class, VaadinIcon.COG);
        add(settings, "nav.audit", AuditView.class, VaadinIcon.LIST);
        Div nav = new Div(operations);
        for (SideNav group : List.of(registry, services, finance, oversight, settings)) {
            if (!group.getItems().isEmpty()) {
                nav.add(group);
            }
        }
        nav.addClassName("drawer-nav");
        return nav;
    }

    /**
     * A module's view is in the menu only while the tenant has the module, and for provider staff only while their
     * provider serves it (a housekeeping company has no gate, rounds or parcel station).
     */
    private void addIf(org.linli.tenants.modules.Module module, SideNav nav, String key,
                       Class<? extends Component> view, VaadinIcon icon) {
        if (modules.isEnabled(module) && providerTools.serves(module)) {
            add(nav, key, view, icon);
        }
    }

    private SideNav group(String key) {
        SideNav nav = new SideNav(getTranslation(key));
        nav.setCollapsible(true);
        return nav;
    }

    private void add(SideNav nav, String key, Class<? extends Component> view, VaadinIcon icon) {
        if (AccessControl.mayOpen(view)) {
            nav.addItem(new SideNavItem(getTranslation(key), view, icon.create()));
        }
    }

    private Component header() {
        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("console-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Span spacer = new Span();
        header.add(tenantIndicator(), spacer);
        bell = InboxBell.of(inbox, MessagesView.class);
        bell.ifPresent(header::add);
        header.add(languageSwitch(), userMenu());
        header.setFlexGrow(1, spacer);
        return header;
    }

    private Component tenantIndicator() {
        Actor actor = CurrentUser.actor().orElse(null);
        if (actor != null && actor.isPlatformUser() && CurrentUser.isPermitted(Permissions.TENANT_READ)) {
            return new TenantSwitcher(tenantService);
        }
        Span tenant = new Span(Optional.of(tenantService.currentName()).filter(name -> !name.isEmpty())
                .orElse(getTranslation("console.tenant.platform")));
        tenant.setId("tenant-name");
        tenant.addClassName("tenant-name");
        return tenant;
    }

    private Component languageSwitch() {
        return Language.switchButton();
    }

    private Component userMenu() {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Actor actor = CurrentUser.actor().orElse(null);
        if (actor == null) {
            return menu;
        }
        SubMenu items = menu.addItem(actor.displayName()).getSubMenu();
        items.addItem(getTranslation("role." + actor.role().name().toLowerCase(Locale.ROOT))).setEnabled(false);
        items.addItem(getTranslation("console.sign-out"), click -> signOut(actor)).setId("sign-out");
        return menu;
    }

    @Override
    protected void afterNavigation() {
        super.afterNavigation();
        bell.ifPresent(InboxBell::refresh);
    }

    private void signOut(Actor actor) {
        SignOut.of(signIn, actor);
    }
}
