package org.linli.tenants.ads;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What advertisers (and operators for them) say about bookings. */
public final class BookingCommands {

    private BookingCommands() {
    }

    /**
     * Book {@code slotId} from {@code firstDay} to {@code lastDay}, both included. Advertisers book for themselves
     * (their {@code advertiserId} is ignored); operators name the advertiser.
     */
    public record NewBooking(@NotNull Long slotId, Long advertiserId, @NotNull LocalDate firstDay,
                             @NotNull LocalDate lastDay) {
    }

    /** The creative's words: where a click leads (http or https) and the text shown with the image. */
    public record Creative(@NotNull @Size(max = 500) String linkUrl, @Size(max = 200) String text) {
    }
}
