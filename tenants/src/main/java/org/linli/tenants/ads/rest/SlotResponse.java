package org.linli.tenants.ads.rest;

import org.linli.tenants.ads.AdSlot;
import org.linli.tenants.ads.Placement;
import org.linli.tenants.ads.SlotStatus;

import java.time.LocalDate;
import java.util.List;

/** An ad slot as the API shows it; the price in fen per day, the size in pixels. */
public record SlotResponse(long id, String name, Placement placement, int width, int height, long pricePerDayFen,
                           List<Long> communities, List<LocalDate> blackoutDays, SlotStatus status) {

    static SlotResponse of(AdSlot s) {
        return new SlotResponse(s.id().value(), s.name(), s.placement(), s.width(), s.height(), s.pricePerDay().fen(),
                s.communities(), s.blackoutDays(), s.status());
    }
}
