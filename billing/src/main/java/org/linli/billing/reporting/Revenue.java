package org.linli.billing.reporting;

import org.linli.platform.money.Money;
import org.linli.tenants.modules.Module;

import java.time.LocalDate;
import java.util.List;

/**
 * Revenue of a period, net of refunds: per module and per week (weeks start on Monday, China time), and in total.
 * "Paid" is what residents paid less what was given back; commission is the platform's and the tenant's parts.
 */
public record Revenue(LocalDate from, LocalDate to, List<Line> modules, List<Week> weeks, Line total) {

    /** One module's (or the total's, with a null module) figures. */
    public record Line(Module module, long orders, Money paid, Money platform, Money tenant, Money provider) {

        public Money commission() {
            return platform.plus(tenant);
        }
    }

    /** One week's paid amount and commission, for the chart. */
    public record Week(LocalDate start, Money paid, Money commission) {
    }
}
