package org.linli.tenants.ads.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.TimeValues;
import org.linli.tenants.ads.DailyFigures;
import org.linli.tenants.ads.LiveCreative;
import org.linli.tenants.ads.Placement;
import org.linli.tenants.ads.RefundPolicy;
import org.linli.tenants.ads.SlotCommands;

import java.time.LocalDate;
import java.util.List;

/**
 * The request and response bodies of {@link AdBookingResource}, {@link AdServingResource} and {@link
 * AdSlotResource}, as records; requests carry their Bean Validation constraints.
 */
final class AdsApi {

    private AdsApi() {
    }

    /** Book {@code slotId} for the days {@code firstDay}..{@code lastDay} (yyyy-MM-dd, both included). */
    public record BookingRequest(Long slotId, Long advertiserId, String firstDay, String lastDay) {
    }

    public record NoteRequest(String note) {
    }

    public record PayRequest(String channel) {
    }

    /** Where to pay ({@code cashierUrl}), or {@code confirmed} at once. */
    public record PayResponse(String cashierUrl, boolean confirmed) {
    }

    public record DayResponse(LocalDate day, long impressions, long clicks, double ctrPercent) {

        static DayResponse of(DailyFigures f) {
            return new DayResponse(f.day(), f.impressions(), f.clicks(), f.ctrPercent());
        }
    }

    public record PolicyRequest(@NotNull Integer refundPercent, @NotNull Integer minDaysBefore) {
    }

    public record PolicyResponse(int refundPercent, int minDaysBefore) {

        static PolicyResponse of(RefundPolicy p) {
            return new PolicyResponse(p.percent(), p.minDaysBefore());
        }
    }

    /** A creative to show: its image and click links are relative to the API root. */
    public record ServedResponse(long bookingId, Placement placement, int width, int height, String text,
                                 String imageUrl, String clickUrl) {

        static ServedResponse of(LiveCreative c) {
            return new ServedResponse(c.bookingId(), c.placement(), c.width(), c.height(), c.text(),
                    "ads/creatives/" + c.clickToken() + "/image", "ads/click/" + c.clickToken());
        }
    }

    /** A slot's description; dates as yyyy-MM-dd. */
    public record SlotRequest(String name, String placement, Integer width, Integer height, Long pricePerDayFen,
                              List<Long> communities, List<String> blackoutDays) {

        SlotCommands.NewSlot command() {
            return new SlotCommands.NewSlot(name, placement == null ? null
                    : EnumValues.parse(Placement.class, placement, "placement"), width, height, pricePerDayFen,
                    communities, blackoutDays == null ? null
                    : blackoutDays.stream().map(d -> TimeValues.date(d, "blackoutDays")).toList());
        }
    }
}
