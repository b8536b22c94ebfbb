package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.flea.ListingService;
import org.linli.tenants.flea.Price;
import org.linli.tenants.flea.SellerCard;

import java.util.Locale;
import java.util.function.BiFunction;

/** How the flea market's prices, sellers and photos look on the residents' screens. */
final class FleaLabels {

    private FleaLabels() {
    }

    /** 送 / ¥12.00 / 200 积分 / ¥12.00 或 200 积分. */
    static String price(Price price, BiFunction<String, Object[], String> t) {
        return switch (price.kind()) {
            case FREE -> t.apply("flea.price.free", new Object[0]);
            case YUAN -> yuan(price.fen());
            case POINTS -> t.apply("flea.price.points", new Object[]{price.points()});
            case EITHER -> t.apply("flea.price.either", new Object[]{yuan(price.fen()), price.points()});
        };
    }

    static String yuan(long fen) {
        return String.format(Locale.ROOT, "¥%d.%02d", fen / 100, fen % 100);
    }

    static String seller(SellerCard card) {
        return card == null ? "" : card.nickname() + " · " + card.building();
    }

    /** A photo read through the listing service with the viewer's rights. */
    static Component photo(ListingService listings, long listing, long photo, String alt) {
        DownloadHandler bytes = event -> {
            StoredFile file = listings.photo(listing, photo);
            event.setContentType(file.type().mediaType());
            event.getResponse().setHeader("Cache-Control", "private, max-age=3600");
            event.getOutputStream().write(file.bytes());
        };
        Image image = new Image(bytes, alt);
        image.addClassName("flea-photo");
        return image;
    }
}
