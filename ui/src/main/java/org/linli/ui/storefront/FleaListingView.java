package org.linli.ui.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.flea.Listing;
import org.linli.tenants.flea.ListingCommands;
import org.linli.tenants.flea.ListingService;
import org.linli.tenants.flea.ListingStatus;
import org.linli.tenants.flea.ModerationService;
import org.linli.tenants.flea.Payment;
import org.linli.tenants.flea.TradeService;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.TextDialog;
import org.linli.ui.components.UiErrors;
import org.linli.ui.i18n.Language;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/**
 * One listing on a phone: its photos, words, price, pickup place and the seller's masked card with reputation;
 * a neighbour reserves it with one of the payments the seller takes, or reports it.
 */
@Route(value = "flea/listing", layout = StorefrontLayout.class)
@ViewPermission(Permissions.FLEA_TRADE)
public class FleaListingView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ListingService listings;
    private final TradeService trade;
    private final ModerationService moderation;
    private String title = "";

    @Inject
    public FleaListingView(ListingService listings, TradeService trade, ModerationService moderation) {
        this.listings = listings;
        this.trade = trade;
        this.moderation = moderation;
        addClassName("flea-listing-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        ListingService.ListingView view;
        try {
            view = listings.get(id);
        } catch (DomainException problem) {
            add(new EmptyState(getTranslation("problem." + problem.code(), problem.args().toArray())));
            return;
        }
        Listing listing = view.listing();
        title = listing.title();
        Div photos = new Div();
        photos.addClassName("flea-photos");
        view.photos().forEach(photo -> photos.add(FleaLabels.photo(listings, id, photo, listing.title())));
        Span price = new Span(FleaLabels.price(listing.price(), this::getTranslation));
        price.addClassName("flea-price");
        price.setId("flea-price");
        Div facts = new Div(price,
                new Span(getTranslation("flea.condition." + listing.condition().name().toLowerCase(Locale.ROOT))),
                new Span(view.category() == null ? "" : Language.isEnglish() ? view.category().nameEn()
                        : view.category().name()),
                new Span(getTranslation("flea.pickup", listing.pickupPlace())));
        facts.addClassName("flea-facts");
        TradeService.SellerProfile seller = trade.seller(new ResidentId(listing.sellerId()));
        Span sellerCard = new Span(FleaLabels.seller(view.seller()) + " · " + (seller.ratings() == 0
                ? getTranslation("flea.no-ratings")
                : getTranslation("flea.rating", seller.averageStars(), seller.ratings())));
        sellerCard.setId("flea-seller");
        add(new H2(listing.title()), photos, facts, sellerCard);
        if (listing.description() != null) {
            add(new Paragraph(listing.description()));
        }
        if (listing.status() != ListingStatus.PUBLISHED) {
            add(new Span(getTranslation("flea.status." + listing.status().name().toLowerCase(Locale.ROOT))));
            return;
        }
        Div actions = new Div();
        actions.addClassName("flea-actions");
        for (Payment payment : Payment.values()) {
            if (listing.price().accepts(payment)) {
                Button reserve = FleaView.primary(new Button(getTranslation("flea.reserve." + payment.name()
                        .toLowerCase(Locale.ROOT)), click -> reserve(id, payment)));
                reserve.setId("flea-reserve-" + payment.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                actions.add(reserve);
            }
        }
        Button report = new Button(getTranslation("flea.report"), click -> TextDialog.ask(
                getTranslation("flea.report"), getTranslation("flea.report.reason"), null,
                getTranslation("flea.report"), ButtonVariant.LUMO_ERROR, reason -> {
                    moderation.report(id, new ListingCommands.Report(reason));
                    UiErrors.success(getTranslation("flea.reported"));
                }));
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        report.setId("flea-report");
        actions.add(report);
        add(actions);
    }

    private void reserve(long id, Payment payment) {
        try {
            trade.reserve(id, payment);
            UiErrors.success(getTranslation("flea.reserved"));
            getUI().ifPresent(ui -> ui.navigate(FleaReservationsView.class));
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("flea.title");
    }
}
