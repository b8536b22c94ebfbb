package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.flea.Listing;
import org.linli.tenants.flea.ListingAction;
import org.linli.tenants.flea.ListingLifecycle;
import org.linli.tenants.flea.ListingService;
import org.linli.tenants.flea.ListingStatus;
import org.linli.tenants.flea.Moderation;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/** The resident's own listings in every state, with what each allows: edit, publish, renew, withdraw. */
@Route(value = "flea/mine", layout = StorefrontLayout.class)
@ViewPermission(Permissions.FLEA_TRADE)
public class FleaMineView extends Div implements HasDynamicTitle {

    private static final int SHOWN = 50;

    private final ListingService listings;
    private final Div cards = new Div();

    @Inject
    public FleaMineView(ListingService listings) {
        this.listings = listings;
        addClassName("flea-mine-view");
        cards.setId("flea-mine");
        cards.addClassName("order-cards");
        RouterLink create = new RouterLink(getTranslation("flea.new"), FleaEditView.class);
        create.setId("flea-new");
        add(new H2(getTranslation("flea.mine")), create, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        try {
            var page = listings.mine(PageRequest.first(SHOWN));
            if (page.items().isEmpty()) {
                cards.add(new EmptyState(getTranslation("flea.mine.none")));
            }
            page.items().forEach(card -> cards.add(card(card.listing())));
        } catch (DomainException problem) {
            cards.add(new EmptyState(getTranslation("problem." + problem.code(), problem.args().toArray())));
        }
    }

    private Component card(Listing listing) {
        long id = listing.id();
        Span title = new Span(listing.title());
        title.addClassName("flea-title");
        Div card = new Div(title, new Span(FleaLabels.price(listing.price(), this::getTranslation)),
                new StatusBadge(getTranslation("flea.status." + listing.status().name().toLowerCase(Locale.ROOT)),
                        listing.isOnShow() ? StatusBadge.Tone.GOOD : StatusBadge.Tone.NEUTRAL));
        card.addClassNames("order-card", "flea-card");
        card.setId("flea-mine-" + id);
        if (listing.moderation() == Moderation.HIDDEN) {
            card.add(new StatusBadge(getTranslation("flea.hidden"), StatusBadge.Tone.ATTENTION));
        }
        if (listing.expiresAt() != null && listing.status().isOnShow()) {
            card.add(new Span(getTranslation("flea.expires", Formats.dateTime(listing.expiresAt()))));
        }
        Div actions = new Div();
        actions.addClassName("flea-actions");
        if (!listing.status().isFinal() && listing.status() != ListingStatus.RESERVED) {
            RouterLink edit = new RouterLink(getTranslation("flea.edit"), FleaEditView.class, id);
            edit.setId("flea-edit-" + id);
            actions.add(edit);
        }
        if (ListingLifecycle.allows(listing.status(), ListingAction.PUBLISH)) {
            actions.add(button("flea.publish", "publish", id, () -> listings.publish(id)));
        }
        if (ListingLifecycle.allows(listing.status(), ListingAction.RENEW)) {
            actions.add(button("flea.renew", "renew", id, () -> listings.renew(id)));
        }
        if (ListingLifecycle.allows(listing.status(), ListingAction.WITHDRAW)) {
            actions.add(button("flea.withdraw", "withdraw", id, () -> listings.withdraw(id)));
        }
        card.add(actions);
        return card;
    }

    private Button button(String key, String action, long id, Runnable run) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                run.run();
                UiErrors.success(getTranslation(key));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("flea-" + action + "-" + id);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("flea.mine") + " · " + getTranslation("app.name");
    }
}
