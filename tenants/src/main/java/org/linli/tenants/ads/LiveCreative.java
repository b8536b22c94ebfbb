package org.linli.tenants.ads;

/**
 * A creative being shown today: what a page or screen needs to draw it, and the public click token (which names
 * the tenant, so the click and image links need no session).
 */
public record LiveCreative(long bookingId, String slotName, Placement placement, int width, int height, String text,
                          String linkUrl, String clickToken) {

    static LiveCreative of(AdBooking booking, AdSlot slot) {
        return new LiveCreative(booking.id().value(), slot.name(), slot.placement(), slot.width(), slot.height(),
                booking.creativeText(), booking.linkUrl(), booking.clickToken());
    }
}
