package org.linli.tenants.marketplace;

/** An offering as a list shows it: the offering and its cover picture, {@code null} when it has none. */
public record OfferingCard(Offering offering, OfferingImage cover) {
}
