package org.linli.ui.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.flea.CategoryUse;
import org.linli.tenants.flea.FleaCategory;
import org.linli.tenants.flea.FleaPhoto;
import org.linli.tenants.flea.ItemCondition;
import org.linli.tenants.flea.Listing;
import org.linli.tenants.flea.ListingCommands;
import org.linli.tenants.flea.ListingService;
import org.linli.tenants.flea.ListingStatus;
import org.linli.tenants.flea.Price;
import org.linli.tenants.flea.PriceKind;
import org.linli.tenants.flea.Reach;
import org.linli.ui.components.FileDrop;
import org.linli.ui.components.UiErrors;
import org.linli.ui.i18n.Language;
import org.linli.ui.security.ViewPermission;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Writing or changing one's listing on a phone: words, category (forbidden ones are not offered), condition, who
 * sees it, pickup place and price; once saved, up to six photos (PNG, JPEG or WebP, at most 2 MB each).
 */
@Route(value = "flea/edit", layout = StorefrontLayout.class)
@ViewPermission(Permissions.FLEA_TRADE)
public class FleaEditView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ListingService listings;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<FleaCategory> category = new ComboBox<>();
    private final Select<ItemCondition> condition = new Select<>();
    private final Select<Reach> reach = new Select<>();
    private final TextField pickup = new TextField();
    private final Select<PriceKind> kind = new Select<>();
    private final BigDecimalField yuan = new BigDecimalField();
    private final IntegerField points = new IntegerField();
    private final Div photos = new Div();
    private Long id;

    @Inject
    public FleaEditView(ListingService listings) {
        this.listings = listings;
        addClassName("flea-edit-view");
        title.setLabel(getTranslation("flea.field.title"));
        title.setMaxLength(100);
        title.setId("flea-field-title");
        description.setLabel(getTranslation("flea.field.description"));
        description.setMaxLength(2000);
        category.setLabel(getTranslation("flea.category"));
        category.setId("flea-field-category");
        category.setItemLabelGenerator(c -> Language.isEnglish() ? c.nameEn() : c.name());
        condition.setLabel(getTranslation("flea.field.condition"));
        condition.setItems(ItemCondition.values());
        condition.setValue(ItemCondition.GOOD);
        condition.setItemLabelGenerator(c -> getTranslation("flea.condition." + c.name().toLowerCase(Locale.ROOT)));
        reach.setLabel(getTranslation("flea.field.reach"));
        reach.setItems(Reach.values());
        reach.setValue(Reach.COMMUNITY);
        reach.setItemLabelGenerator(r -> getTranslation("flea.reach." + r.name().toLowerCase(Locale.ROOT)));
        pickup.setLabel(getTranslation("flea.field.pickup"));
        pickup.setMaxLength(200);
        pickup.setId("flea-field-pickup");
        kind.setLabel(getTranslation("flea.price-kind"));
        kind.setItems(PriceKind.values());
        kind.setValue(PriceKind.FREE);
        kind.setItemLabelGenerator(k -> getTranslation("flea.price-kind." + k.name().toLowerCase(Locale.ROOT)));
        kind.setId("flea-field-kind");
        yuan.setLabel(getTranslation("flea.field.yuan"));
        yuan.setId("flea-field-yuan");
        points.setLabel(getTranslation("flea.field.points"));
        points.setId("flea-field-points");
        kind.addValueChangeListener(change -> showPrices());
        Button save = FleaView.primary(new Button(getTranslation("flea.save"), click -> save(false)));
        save.setId("flea-save");
        Button publish = FleaView.primary(new Button(getTranslation("flea.save-publish"), click -> save(true)));
        publish.setId("flea-save-publish");
        Div form = new Div(title, description, category, condition, reach, pickup, kind, yuan, points,
                new Div(save, publish));
        form.addClassName("flea-form");
        photos.addClassName("flea-photos");
        add(new H2(getTranslation("flea.new")), form, photos);
        try {
            category.setItems(listings.categories().stream().filter(c -> c.use() == CategoryUse.ALLOWED).toList());
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
        showPrices();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long listingId) {
        id = listingId;
        if (listingId == null) {
            return;
        }
        try {
            ListingService.ListingView view = listings.get(listingId);
            Listing listing = view.listing();
            title.setValue(listing.title());
            description.setValue(listing.description() == null ? "" : listing.description());
            category.setValue(view.category());
            condition.setValue(listing.condition());
            reach.setValue(listing.reach());
            pickup.setValue(listing.pickupPlace());
            Price price = listing.price();
            kind.setValue(price.kind());
            yuan.setValue(price.fen() == null ? null : BigDecimal.valueOf(price.fen(), 2));
            points.setValue(price.points() == null ? null : price.points().intValue());
            showPhotos(view);
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void showPrices() {
        yuan.setVisible(kind.getValue() != null && kind.getValue().takesYuan());
        points.setVisible(kind.getValue() != null && kind.getValue().takesPoints());
    }

    private void save(boolean publish) {
        try {
            PriceKind priceKind = kind.getValue();
            Long fen = priceKind.takesYuan() && yuan.getValue() != null
                    ? yuan.getValue().movePointRight(2).longValue() : null;
            Long pointsPrice = priceKind.takesPoints() && points.getValue() != null
                    ? points.getValue().longValue() : null;
            ListingCommands.Details details = new ListingCommands.Details(title.getValue(), description.getValue(),
                    category.getValue() == null ? null : category.getValue().id(), condition.getValue(),
                    reach.getValue(), pickup.getValue(), new Price(priceKind, fen, pointsPrice));
            ListingService.ListingView view = id == null ? listings.create(details) : listings.edit(id, details);
            id = view.listing().id();
            if (publish && view.listing().status() != ListingStatus.PUBLISHED) {
                view = listings.publish(id);
            }
            UiErrors.success(getTranslation("flea.saved"));
            showPhotos(view);
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void showPhotos(ListingService.ListingView view) {
        photos.removeAll();
        long listing = view.listing().id();
        view.photos().forEach(photo -> photos.add(FleaLabels.photo(listings, listing, photo,
                view.listing().title())));
        if (view.photos().size() < FleaPhoto.MAX_PER_LISTING) {
            FileDrop drop = new FileDrop(getTranslation("flea.photo.drop"), UploadedFile.MAX_IMAGE_BYTES, file -> {
                showPhotos(listings.addPhoto(listing, file));
            }, "image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
            drop.setId("flea-photo-upload");
            photos.add(drop);
        }
        photos.add(new Span(getTranslation("flea.photo.limit", FleaPhoto.MAX_PER_LISTING)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("flea.new") + " · " + getTranslation("app.name");
    }
}
