package org.linli.ui.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.identity.SignIn;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.tenants.registry.ResidentService;
import org.linli.ui.security.ViewPermission;

/** "Me": whose account this is, the registry entry's state, "who saw my data", and signing out. */
@Route(value = "me", layout = StorefrontLayout.class)
@ViewPermission(Permissions.SELF_READ)
public class MeView extends Div implements HasDynamicTitle {

    /** How many days before a permit ends its holder is reminded to renew. */
    private static final int RENEW_DAYS = 7;


    @Inject
    public MeView(ResidentService residents, SignIn signIn, org.linli.tenants.modules.ModuleService modules,
                  org.linli.tenants.delivery.ParcelService parcels, org.linli.tenants.parking.ParkingService parking) {
        addClassName("me-view");
        Actor actor = CurrentUser.require();
        add(new H2(actor.displayName()));
        add(new Paragraph(residents.registration().map(me -> me.address() + " · "
                        + getTranslation("resident.status." + me.status().name().toLowerCase(java.util.Locale.ROOT)))
                .orElse(getTranslation("shop.me.unregistered"))));
        boolean registered = residents.mine().isPresent();
        if (registered && modules.isEnabled(org.linli.tenants.modules.Module.DELIVERY)) {
            add(parcels(parcels));
        }
        if (registered && modules.isEnabled(org.linli.tenants.modules.Module.PARKING)) {
            add(permits(parking));
        }
        if (registered && modules.isEnabled(org.linli.tenants.modules.Module.ELDER_CARE)) {
            RouterLink family = new RouterLink(getTranslation("care.title"), FamilyCareView.class);
            family.addClassName("me-link");
            family.setId("family-care-link");
            add(family);
        }
        if (registered && org.linli.ui.security.AccessControl.mayOpen(TimeAccountView.class)) {
            RouterLink time = new RouterLink(getTranslation("timebank.title"), TimeAccountView.class);
            time.addClassName("me-link");
            time.setId("time-account-link");
            add(time);
        }
        if (registered && org.linli.ui.security.AccessControl.mayOpen(PayoutAccountView.class)) {
            RouterLink payout = new RouterLink(getTranslation("payout-account.title"), PayoutAccountView.class);
            payout.addClassName("me-link");
            payout.setId("payout-account-link");
            add(payout);
        }
        if (registered && org.linli.ui.security.AccessControl.mayOpen(ProposalsView.class)) {
            RouterLink proposals = new RouterLink(getTranslation("proposals.title"), ProposalsView.class);
            proposals.addClassName("me-link");
            proposals.setId("proposals-link");
            add(proposals);
        }
        if (org.linli.ui.security.AccessControl.mayOpen(MyCasesView.class)) {
            RouterLink cases = new RouterLink(getTranslation("cases.mine.title"), MyCasesView.class);
            cases.addClassName("me-link");
            cases.setId("my-cases-link");
            add(cases);
        }
        RouterLink data = new RouterLink(getTranslation("nav.my-data"), MyDataView.class);
        data.addClassName("me-link");
        data.setId("my-data-link");
        Button signOut = new Button(getTranslation("console.sign-out"),
                click -> org.linli.ui.security.SignOut.of(signIn, actor));
        signOut.setId("sign-out");
        add(data, signOut);
    }

    /** Parcels waiting at the station, with the code to show there. */
    private com.vaadin.flow.component.Component parcels(org.linli.tenants.delivery.ParcelService parcels) {
        Div box = new Div(new com.vaadin.flow.component.html.H3(getTranslation("me.parcels")));
        box.setId("my-parcels");
        var waiting = parcels.mine().stream()
                .filter(p -> p.status() == org.linli.tenants.delivery.ParcelStatus.WAITING).toList();
        if (waiting.isEmpty()) {
            box.add(new org.linli.ui.components.EmptyState(getTranslation("me.parcels.none")));
        }
        for (var parcel : waiting) {
            com.vaadin.flow.component.html.Span code = new com.vaadin.flow.component.html.Span(parcel.pickupCode());
            Codes.mark(code);
            Div card = new Div(new com.vaadin.flow.component.html.Span(parcel.carrier() + " "
                    + parcel.trackingNumber()), code);
            card.addClassNames("order-card", "order-card-head");
            box.add(card);
        }
        return box;
    }

    /** Monthly permits and until when they run. */
    private com.vaadin.flow.component.Component permits(org.linli.tenants.parking.ParkingService parking) {
        Div box = new Div(new com.vaadin.flow.component.html.H3(getTranslation("me.permits")));
        box.setId("my-permits");
        var permits = parking.myPermits();
        if (permits.isEmpty()) {
            box.add(new org.linli.ui.components.EmptyState(getTranslation("me.permits.none")));
        }
        java.time.LocalDate today = java.time.LocalDate.now(ChinaTime.ZONE);
        for (var permit : permits) {
            long left = java.time.temporal.ChronoUnit.DAYS.between(today, permit.validUntil());
            if (permit.status() == org.linli.tenants.parking.PermitStatus.ACTIVE && left >= 0 && left <= RENEW_DAYS) {
                // The reminder to renew: shown where residents look for their permit, a week ahead.
                RouterLink renew = new RouterLink(getTranslation("me.permit.renew"), ShopView.class);
                Div reminder = new Div(new com.vaadin.flow.component.html.Span(getTranslation(
                        "me.permit.expiring", permit.plate(), permit.validUntil(), left)), renew);
                reminder.addClassName("reminder");
                reminder.setId("permit-reminder");
                box.add(reminder);
            }
            Div card = new Div(new com.vaadin.flow.component.html.Span(permit.plate()),
                    new com.vaadin.flow.component.html.Span(getTranslation("me.permit.until", permit.validUntil(),
                            getTranslation("permit.status."
                                    + permit.status().name().toLowerCase(java.util.Locale.ROOT)))));
            card.addClassNames("order-card", "order-card-head");
            box.add(card);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shop.tab.me") + " · " + getTranslation("app.name");
    }
}
