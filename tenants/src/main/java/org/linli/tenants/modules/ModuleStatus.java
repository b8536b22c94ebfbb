package org.linli.tenants.modules;

import org.linli.platform.money.Money;

import java.time.Instant;

/** One module as a tenant has it now: enabled or not, its monthly fee and since when. */
public record ModuleStatus(Module module, boolean enabled, Money monthlyFee, Instant since) {

    static ModuleStatus free(Module module) {
        return new ModuleStatus(module, true, Money.ZERO, null);
    }

    static ModuleStatus disabled(Module module) {
        return new ModuleStatus(module, false, Money.ZERO, null);
    }

    static ModuleStatus of(ModuleSubscription subscription) {
        return new ModuleStatus(subscription.module(), true, subscription.monthlyFee(), subscription.startedAt());
    }
}
