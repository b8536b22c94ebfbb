package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.identity.SignIn;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.tenants.delivery.ParcelService;
import org.linli.tenants.delivery.ParcelStatus;
import org.linli.tenants.modules.ModuleService;
import org.linli.tenants.parking.ParkingPermits;
import org.linli.tenants.parking.PermitStatus;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.ui.components.EmptyState;
import org.linli.ui.security.AccessControl;
import org.linli.ui.security.SignOut;
import org.linli.ui.security.ViewPermission;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** "Me": whose account this is, the registry entry's state, "who saw my data", and signing out. */
@Route(value = "me", layout = StorefrontLayout.class)
@ViewPermission(Permissions.SELF_READ)
public class MeView extends Div implements HasDynamicTitle {

    /** How many days before a permit ends its holder is reminded to renew. */
    private static final int RENEW_DAYS = 7;

    @Inject
    public MeView(ResidentDirectory residents, SignIn signIn, ModuleService modules,
                  ParcelService parcels, ParkingPermits parking) {
        addClassName("me-view");
        Actor actor = CurrentUser.require();
        add(new H2(actor.displayName()));
        add(new Paragraph(residents.registration().map(me -> me.address() + " · "
                        + getTranslation("resident.status." + me.status().name().toLowerCase(Locale.ROOT)))
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
        if (registered && AccessControl.mayOpen(TimeAccountView.class)) {
            RouterLink time = new RouterLink(getTranslation("timebank.title"), TimeAccountView.class);
            time.addClassName("me-link");
            time.setId("time-account-link");
            add(time);
        }
        if (registered && AccessControl.mayOpen(PayoutAccountView.class)) {
            RouterLink payout = new RouterLink(getTranslation("payout-account.title"), PayoutAccountView.class);
            payout.addClassName("me-link");
            payout.setId("payout-account-link");
            add(payout);
        }
        if (registered && AccessControl.mayOpen(ProposalsView.class)) {
            RouterLink proposals = new RouterLink(getTranslation("proposals.title"), ProposalsView.class);
            proposals.addClassName("me-link");
            proposals.setId("proposals-link");
            add(proposals);
        }
        if (AccessControl.mayOpen(MyCasesView.class)) {
            RouterLink cases = new RouterLink(getTranslation("cases.mine.title"), MyCasesView.class);
            cases.addClassName("me-link");
            cases.setId("my-cases-link");
            add(cases);
        }
        RouterLink data = new RouterLink(getTranslation("nav.my-data"), MyDataView.class);
        data.addClassName("me-link");
        data.setId("my-data-link");
        Button signOut = new Button(getTranslation("console.sign-out"),
                click -> SignOut.of(signIn, actor));
        signOut.setId("sign-out");
        add(data, signOut);
    }

    /** Parcels waiting at the station, with the code to show there. */
    private Component parcels(ParcelService parcels) {
        Div box = new Div(new H3(getTranslation("me.parcels")));
        box.setId("my-parcels");
        var waiting = parcels.mine().stream()
                .filter(p -> p.status() == ParcelStatus.WAITING).toList();
        if (waiting.isEmpty()) {
            box.add(new EmptyState(getTranslation("me.parcels.none")));
        }
        for (var parcel : waiting) {
            Span code = new Span(parcel.pickupCode());
            Codes.mark(code);
            Div card = new Div(new Span(parcel.carrier() + " "
                    + parcel.trackingNumber()), code);
            card.addClassNames("order-card", "order-card-head");
            box.add(card);
        }
        return box;
    }

    /** Monthly permits and until when they run. */
    private Component permits(ParkingPermits parking) {
        Div box = new Div(new H3(getTranslation("me.permits")));
        box.setId("my-permits");
        var permits = parking.myPermits();
        if (permits.isEmpty()) {
            box.add(new EmptyState(getTranslation("me.permits.none")));
        }
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        for (var permit : permits) {
            long left = ChronoUnit.DAYS.between(today, permit.validUntil());
            if (permit.status() == PermitStatus.ACTIVE && left >= 0 && left <= RENEW_DAYS) {
                // The reminder to renew: shown where residents look for their permit, a week ahead.
                RouterLink renew = new RouterLink(getTranslation("me.permit.renew"), ShopView.class);
                Div reminder = new Div(new Span(getTranslation(
                        "me.permit.expiring", permit.plate(), permit.validUntil(), left)), renew);
                reminder.addClassName("reminder");
                reminder.setId("permit-reminder");
                box.add(reminder);
            }
            Div card = new Div(new Span(permit.plate()),
                    new Span(getTranslation("me.permit.until", permit.validUntil(),
                            getTranslation("permit.status."
                                    + permit.status().name().toLowerCase(Locale.ROOT)))));
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
