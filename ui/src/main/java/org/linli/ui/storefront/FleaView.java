package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.flea.CategoryUse;
import org.linli.tenants.flea.FleaCategory;
import org.linli.tenants.flea.ListingCommands;
import org.linli.tenants.flea.ListingService;
import org.linli.tenants.flea.ListingStatus;
import org.linli.tenants.flea.PriceKind;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.i18n.Language;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/**
 * "闲置" for residents on a phone: their neighbours' listings, newest first, searched by words and narrowed by
 * category, price kind and their own community; links to their listings, their reservations and a new listing.
 */
@Route(value = "flea", layout = StorefrontLayout.class)
@ViewPermission(Permissions.FLEA_TRADE)
public class FleaView extends Div implements HasDynamicTitle {

    /** Listings shown at once; the words and filters narrow the rest. */
    private static final int SHOWN = 40;

    private final ListingService listings;
    private final ResidentDirectory residents;
    private final TextField words = new TextField();
    private final ComboBox<FleaCategory> category = new ComboBox<>();
    private final ComboBox<PriceKind> priceKind = new ComboBox<>();
    private final Checkbox mine = new Checkbox();
    private final Div results = new Div();

    @Inject
    public FleaView(ListingService listings, ResidentDirectory residents) {
        this.listings = listings;
        this.residents = residents;
        addClassName("flea-view");
        Div links = new Div(new RouterLink(getTranslation("flea.new"), FleaEditView.class),
                new RouterLink(getTranslation("flea.mine"), FleaMineView.class),
                new RouterLink(getTranslation("flea.reservations"), FleaReservationsView.class));
        links.addClassName("flea-links");
        words.setPlaceholder(getTranslation("flea.search"));
        words.setId("flea-search");
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.addValueChangeListener(change -> refresh());
        category.setPlaceholder(getTranslation("flea.category"));
        category.setId("flea-category");
        category.setClearButtonVisible(true);
        category.setItemLabelGenerator(c -> Language.isEnglish() ? c.nameEn() : c.name());
        category.addValueChangeListener(change -> refresh());
        priceKind.setPlaceholder(getTranslation("flea.price-kind"));
        priceKind.setId("flea-price-kind");
        priceKind.setClearButtonVisible(true);
        priceKind.setItems(PriceKind.values());
        priceKind.setItemLabelGenerator(k -> getTranslation("flea.price-kind." + k.name().toLowerCase(Locale.ROOT)));
        priceKind.addValueChangeListener(change -> refresh());
        mine.setLabel(getTranslation("flea.my-community"));
        mine.setId("flea-my-community");
        mine.addValueChangeListener(change -> refresh());
        Div filters = new Div(words, category, priceKind, mine);
        filters.addClassName("flea-filters");
        results.setId("flea-results");
        results.addClassName("order-cards");
        add(new H2(getTranslation("flea.title")), links, filters, results);
        try {
            category.setItems(listings.categories().stream().filter(c -> c.use() == CategoryUse.ALLOWED).toList());
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
        refresh();
    }

    private void refresh() {
        results.removeAll();
        Page<ListingService.ListingCard> page;
        try {
            Long community = mine.getValue() ? residents.me().community().value() : null;
            page = listings.browse(new ListingCommands.Search(community,
                    category.getValue() == null ? null : category.getValue().id(), priceKind.getValue(),
                    words.getValue()), PageRequest.first(SHOWN));
        } catch (DomainException notVerified) {
            results.add(new EmptyState(getTranslation("problem." + notVerified.code(),
                    notVerified.args().toArray())));
            return;
        }
        if (page.items().isEmpty()) {
            results.add(new EmptyState(getTranslation("flea.none")));
        }
        page.items().forEach(card -> results.add(card(card)));
    }

    private Component card(ListingService.ListingCard card) {
        long id = card.listing().id();
        RouterLink link = new RouterLink(FleaListingView.class, id);
        link.addClassNames("order-card", "flea-card");
        link.setId("flea-listing-" + id);
        if (card.cover() != null) {
            link.add(FleaLabels.photo(listings, id, card.cover(), card.listing().title()));
        }
        Span title = new Span(card.listing().title());
        title.addClassName("flea-title");
        Span price = new Span(FleaLabels.price(card.listing().price(), this::getTranslation));
        price.addClassName("flea-price");
        link.add(title, price, new Span(FleaLabels.seller(card.seller())));
        if (card.listing().status() != ListingStatus.PUBLISHED) {
            link.add(new StatusBadge(getTranslation("flea.status." + card.listing().status().name()
                    .toLowerCase(Locale.ROOT)), StatusBadge.Tone.NEUTRAL));
        }
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("flea.title") + " · " + getTranslation("app.name");
    }

    /** The primary button look used across the flea views. */
    static Button primary(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
