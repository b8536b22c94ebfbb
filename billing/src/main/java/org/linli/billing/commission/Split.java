package org.linli.billing.commission;

import org.linli.platform.money.Money;

import java.util.EnumMap;
import java.util.Map;

/** A payment divided among the three parties. */
public record Split(Money platform, Money tenant, Money provider) {

    public Money total() {
        return platform.plus(tenant).plus(provider);
    }

    public Money of(Party party) {
        return switch (party) {
            case PLATFORM -> platform;
            case TENANT -> tenant;
            case PROVIDER -> provider;
        };
    }

    public Map<Party, Money> byParty() {
        Map<Party, Money> parts = new EnumMap<>(Party.class);
        for (Party party : Party.values()) {
            parts.put(party, of(party));
        }
        return parts;
    }

    /**
     * The split of a payment nobody provides a service for (an ad booking): the tenant owns what is sold, so what the
     * rule leaves to a provider stays with the tenant. The parts still add up to the same total.
     */
    public Split withoutProvider() {
        return new Split(platform, tenant.plus(provider), Money.ZERO);
    }
}
