package org.linli.ui.console.ads;

import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.security.Permissions;
import org.linli.tenants.ads.AdBookingService;
import org.linli.tenants.ads.BookingStatus;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

/** The creative review queue: the bookings whose creative waits for an operator's approval or rejection. */
@Route(value = "ad-review", layout = MainLayout.class)
@ViewPermission(Permissions.ADS_MANAGE)
// Only its own type: as an AdBookingsView too, the bookings page would have two beans and could not be created.
@jakarta.enterprise.inject.Typed(AdReviewView.class)
public class AdReviewView extends AdBookingsView {

    @Inject
    public AdReviewView(AdBookingService bookings) {
        super(bookings, BookingStatus.CREATIVE_SUBMITTED, "nav.ad-review");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ad-review") + " · " + getTranslation("app.name");
    }
}
