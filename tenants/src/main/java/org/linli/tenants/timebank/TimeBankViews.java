package org.linli.tenants.timebank;

import org.linli.platform.money.Money;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.Instant;

/** What the time bank answers: accounts, statement lines, movements, payments and liabilities. */
public final class TimeBankViews {

    private TimeBankViews() {
    }

    /** A member's account: balance in minutes with the tenant's bounds, and the code others transfer to. */
    public record Account(ResidentId resident, String memberCode, long balance, long minimum, long maximum,
                          Money minuteValue) {
    }

    /** Who is on the other side of a statement line, told without personal data. */
    public enum CounterpartyKind { MEMBER, LOVE_POOL, TIME_BANK, PROVIDER, SPENT, OTHER }

    /** The other side: a member by public code, a provider by its business name, or one of the bank's accounts. */
    public record Counterparty(CounterpartyKind kind, String label) {
    }

    /**
     * One line of a statement: minutes in (positive) or out (negative), the posting's kind, memo and time, and the
     * counterparty; {@code reversal} when it gave back an earlier movement.
     */
    public record StatementLine(long postingId, Instant at, String kind, String memo, long minutes,
                                Counterparty counterparty, boolean reversal) {
    }

    /** A movement written: its posting and the minutes moved. */
    public record Movement(long postingId, String kind, long minutes, boolean replayed) {
    }

    /** An order paid in minutes: the posting that took them, how many, and how the provider is compensated. */
    public record Payment(long postingId, long minutes, TimeCompensation compensation) {
    }

    /**
     * Minutes the time bank owes, for finance: held by members, waiting in the love pool, earned by providers; with
     * what was ever issued for volunteering and what was spent on orders reimbursed in yuan.
     */
    public record Liabilities(long members, long lovePool, long providers, long issued, long spent) {

        /** What is outstanding: every minute still held by someone. */
        public long outstanding() {
            return members + lovePool + providers;
        }
    }
}
