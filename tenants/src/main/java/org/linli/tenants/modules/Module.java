package org.linli.tenants.modules;

import org.linli.platform.i18n.MessageKey;

import java.util.Locale;

/**
 * What a tenant can run on Linli. {@link #BASIC} is free and always on: the resident registry and its
 * self-registration, notices, cases, owners' votes, volunteering and the time bank, points, the flea market, device
 * alerts, and the marketplace's free offerings (an order without a paid module counts as BASIC in the reports).
 * {@link #ADS} is free and always on too; the others are paid per month and enabled per tenant by the platform.
 */
public enum Module {
    BASIC(true),
    HOUSEKEEPING(false),
    ELDER_CARE(false),
    PARKING(false),
    DELIVERY(false),
    /** Ad slots sold to local merchants: always on, its revenue shared with the tenant pays for the free basics. */
    ADS(true);

    private final boolean free;

    Module(boolean free) {
        this.free = free;
    }

    /** The module's name as a text key ({@code module.parking}), for messages in either language. */
    public MessageKey label() {
        return new MessageKey("module." + name().toLowerCase(Locale.ROOT));
    }

    /** Free modules are always enabled and cost nothing. */
    public boolean isFree() {
        return free;
    }
}
