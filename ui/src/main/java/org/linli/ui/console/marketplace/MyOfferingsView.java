package org.linli.ui.console.marketplace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.billing.settlement.PayoutAccount;
import org.linli.billing.settlement.PayoutAccountService;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingId;
import org.linli.tenants.marketplace.OfferingImage;
import org.linli.tenants.marketplace.OfferingImages;
import org.linli.tenants.marketplace.OfferingStatus;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderDocuments;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.ModuleService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;
import org.linli.ui.storefront.OfferingPictures;
import org.linli.ui.storefront.OrderLabels;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A provider's shop window in the console: its offerings as cards with cover, price and state; new and changed
 * offerings, pictures, withdraw and publish; and the provider's qualification documents.
 */
@Route(value = "my-offerings", layout = MainLayout.class)
@ViewPermission(Permissions.PROVIDER_WORK)
public class MyOfferingsView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogService catalog;
    private final OfferingImages pictures;
    private final Set<Module> modules;
    private final Div cards = new Div();

    @Inject
    public MyOfferingsView(CatalogService catalog, OfferingImages pictures, ProviderService providers,
                           ProviderDocuments providerDocuments, ModuleService moduleService,
                           PayoutAccountService payoutAccounts) {
        this.catalog = catalog;
        this.pictures = pictures;
        this.modules = moduleService.enabled();
        addClassName("list-view");
        Provider me;
        try {
            me = providers.mine();
        } catch (DomainException notLinked) {
            add(new H2(getTranslation("nav.my-offerings")), new EmptyState(getTranslation("problem." + notLinked.code())));
            return;
        }
        Span status = new StatusBadge(getTranslation("provider.status." + me.status().name().toLowerCase(Locale.ROOT)),
                me.isSelling() ? StatusBadge.Tone.GOOD : StatusBadge.Tone.ATTENTION);
        HorizontalLayout heading = new HorizontalLayout(new H2(me.name()), status);
        heading.setAlignItems(Alignment.CENTER);
        Button add = new Button(getTranslation("my-offerings.new"), VaadinIcon.PLUS.create(),
                click -> new OfferingDialog(catalog, modules, null, saved -> refresh()).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("offering-new");
        add.setEnabled(me.isSelling());
        Button documents = new Button(getTranslation("documents.button"), VaadinIcon.DIPLOMA.create(),
                click -> new DocumentsDialog(providerDocuments, me, () -> { }).open());
        documents.setId("my-documents");
        cards.addClassName("order-cards");
        cards.setId("my-offerings");
        add(heading, new HorizontalLayout(add, documents), payoutAccount(payoutAccounts.mine()));
        if (!me.isSelling()) {
            add(new EmptyState(getTranslation("my-offerings.not-selling")));
        }
        add(cards);
        refresh();
    }

    /**
     * Where the provider is paid, masked, and any change finance proposed: a payee sees a change to its account
     * before it takes effect, and can object.
     */
    private Component payoutAccount(Optional<PayoutAccount> account) {
        Div box = new Div(new Span(getTranslation("provider.payout-account") + " · "));
        box.setId("my-payout-account");
        if (account.filter(PayoutAccount::inForce).isEmpty()) {
            box.add(new Span(getTranslation("provider.payout-account.none")));
        }
        account.filter(PayoutAccount::inForce).ifPresent(a -> box.add(new Span(getTranslation(
                "provider.payout-account.in-force", PayoutAccount.masked(a.alipayUserId()), a.holder(),
                a.changedAt() == null ? "—" : Formats.dateTime(a.changedAt())))));
        account.flatMap(PayoutAccount::pendingAlipayUserId).ifPresent(pending -> {
            Span warning = new StatusBadge(getTranslation("provider.payout-account.pending",
                    PayoutAccount.masked(pending), Formats.dateTime(account.get().proposedAt())),
                    StatusBadge.Tone.ATTENTION);
            warning.setId("my-payout-account-pending");
            box.add(new Div(warning));
        });
        return box;
    }

    private void refresh() {
        cards.removeAll();
        List<Offering> mine = catalog.mine();
        if (mine.isEmpty()) {
            cards.add(new EmptyState(getTranslation("my-offerings.empty")));
        }
        Map<OfferingId, OfferingImage> covers = pictures.covers(mine.stream().map(Offering::id).toList());
        mine.forEach(offering -> cards.add(card(offering, covers.get(offering.id()))));
    }

    private Component card(Offering offering, OfferingImage cover) {
        Div card = new Div();
        card.addClassName("order-card");
        card.setId("my-offering-" + offering.id().value());
        if (cover != null) {
            card.add(OfferingPictures.of(pictures, cover, offering.title()));
        }
        Span title = new Span(offering.title());
        title.addClassName("order-title");
        Span module = new Span(getTranslation(offering.module().label().key()) + " · " + OrderLabels.price(this,
                offering));
        module.addClassName("offering-module");
        StatusBadge state = new StatusBadge(getTranslation("offering.status." + offering.status().name()
                .toLowerCase(Locale.ROOT)), offering.status() == OfferingStatus.ACTIVE ? StatusBadge.Tone.GOOD
                : StatusBadge.Tone.ATTENTION);
        card.add(title, module, state);
        if (offering.moderationNote() != null) {
            Span note = new Span(getTranslation("my-offerings.blocked-note", offering.moderationNote()));
            note.addClassName("order-note");
            card.add(note);
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.add(small("my-offerings.edit", "edit", offering, () -> new OfferingDialog(catalog, modules, offering,
                saved -> refresh()).open()));
        actions.add(small("pictures.button", "pictures", offering, () -> new PicturesDialog(pictures, offering,
                this::refresh).open()));
        if (offering.status() == OfferingStatus.ACTIVE) {
            actions.add(small("my-offerings.withdraw", "withdraw", offering, () -> {
                catalog.withdraw(offering.id());
                refresh();
            }));
        } else if (offering.status() == OfferingStatus.WITHDRAWN) {
            actions.add(small("my-offerings.publish", "publish", offering, () -> {
                catalog.publish(offering.id());
                refresh();
            }));
        }
        card.add(actions);
        return card;
    }

    private Button small(String key, String idPart, Offering offering, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                action.run();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("offering-" + offering.id().value() + "-" + idPart);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-offerings") + " · " + getTranslation("app.name");
    }
}
