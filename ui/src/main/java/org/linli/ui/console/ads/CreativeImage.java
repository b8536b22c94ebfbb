package org.linli.ui.console.ads;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.linli.tenants.ads.AdBooking;
import org.linli.tenants.ads.AdBookingService;

/** A booking's creative image, its bytes read through the booking service with the viewer's rights. */
final class CreativeImage {

    private CreativeImage() {
    }

    static Image of(AdBookingService bookings, AdBooking booking, String alt) {
        DownloadHandler bytes = event -> {
            AdBookingService.Image image = bookings.creativeImage(booking.id());
            event.setContentType(image.type().mediaType());
            event.getResponse().setHeader("Cache-Control", "private, no-store");
            event.getOutputStream().write(image.bytes());
        };
        Image image = new Image(bytes, alt);
        image.addClassName("ad-creative");
        image.setMaxWidth("100%");
        image.setMaxHeight("16rem");
        return image;
    }
}
