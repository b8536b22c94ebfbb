package org.linli.billing.reporting;

import org.linli.platform.money.Money;
import org.linli.tenants.modules.Module;

import java.time.LocalDate;
import java.util.List;

/**
 * Revenue of a period, net of refunds: per module and per week (weeks start on Monday, China time), and in total.
 * "Paid" is what residents paid less what was given back; commission is the platform's and the tenant's parts. Per
 * provider too, largest first.
 */
public record Revenue(LocalDate from, LocalDate to, List<Line> modules, List<Week> weeks, Line total,
                      List<ProviderLine> providers) {

    /** One module's (or the total's, with a null module) figures. */
    public record Line(Module module, long orders, Money paid, Money platform, Money tenant, Money provider) {

        public Money commission() {
            return platform.plus(tenant);
        }
    }

    /** One provider's orders in the period: what residents paid, the commission kept, what the provider earned. */
    public record ProviderLine(long providerId, String name, long orders, Money paid, Money commission,
                               Money earned) {

        ProviderLine named(String providerName) {
            return new ProviderLine(providerId, providerName, orders, paid, commission, earned);
        }
    }

    /** One week's paid amount and commission, for the chart. */
    public record Week(LocalDate start, Money paid, Money commission) {
    }
}
