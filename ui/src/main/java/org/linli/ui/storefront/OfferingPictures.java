package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.marketplace.OfferingImage;
import org.linli.tenants.marketplace.OfferingImages;

/** Offering pictures as image elements, their bytes read through the offerings' pictures with the viewer's rights. */
public final class OfferingPictures {

    private OfferingPictures() {
    }

    public static Image of(OfferingImages pictures, OfferingImage picture, String alt) {
        DownloadHandler bytes = event -> {
            StoredFile file = pictures.image(picture.offering(), picture.id());
            event.setContentType(file.type().mediaType());
            event.getResponse().setHeader("Cache-Control", "private, max-age=3600");
            event.getOutputStream().write(file.bytes());
        };
        Image image = new Image(bytes, alt);
        image.addClassName("offering-picture");
        return image;
    }
}
