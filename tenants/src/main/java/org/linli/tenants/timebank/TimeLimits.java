package org.linli.tenants.timebank;

import org.linli.platform.problem.DomainException;

/**
 * The bounds a member's balance stays within: never below {@code minimum} after a debit (zero, or negative when the
 * tenant allows an overdraft) and never above {@code maximum} after a transfer or grant, so that nobody hoards
 * minutes. Refunds of minutes spent are exempt: giving back what was taken never fails.
 */
public record TimeLimits(long minimum, long maximum) {

    public TimeLimits {
        if (minimum > 0 || maximum <= 0) {
            throw new IllegalArgumentException("limits must hold zero: " + minimum + ".." + maximum);
        }
    }

    /** Refuses with {@code time_balance_too_low} a debit of {@code minutes} that would take the balance below. */
    public void checkDebit(long balance, long minutes) {
        if (minutes <= 0 || balance - minutes < minimum) {
            throw DomainException.conflict("time_balance_too_low", balance - minimum);
        }
    }

    /** Refuses with {@code time_balance_too_high} a credit of {@code minutes} that would take the balance above. */
    public void checkCredit(long balance, long minutes) {
        if (minutes <= 0 || balance + minutes > maximum) {
            throw DomainException.conflict("time_balance_too_high", Math.max(0, maximum - balance));
        }
    }
}
