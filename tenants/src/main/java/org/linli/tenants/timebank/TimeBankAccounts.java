package org.linli.tenants.timebank;

import org.linli.platform.ledger.LedgerAccount;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.registry.residents.ResidentId;

/**
 * The ledger accounts of a tenant's time bank, all in {@code Asset.MINUTES}. Members' and providers' accounts are
 * what the tenant owes them, so they are credited (negative) as minutes come in: a member's balance is the negated
 * sum of their account's lines. The issuing account is debited by every credit for volunteering, so its balance is
 * the minutes outstanding.
 */
public final class TimeBankAccounts {

    /** Where volunteering credits come from: its balance is every minute the time bank has issued. */
    public static final LedgerAccount ISSUE = LedgerAccount.of("timebank:issue");
    /** The love pool (爱心池): minutes members donated, until operators grant them to elders. */
    public static final LedgerAccount LOVE_POOL = LedgerAccount.of("timebank:love-pool");
    /** Minutes spent on orders whose provider the tenant reimburses in yuan: they leave circulation here. */
    public static final LedgerAccount SPENT = LedgerAccount.of("timebank:spent");

    private TimeBankAccounts() {
    }

    /** A member's time account. */
    public static LedgerAccount member(ResidentId resident) {
        return LedgerAccount.of("resident:" + resident.value() + ":minutes");
    }

    /** A provider's account of minutes earned from orders paid in time. */
    public static LedgerAccount provider(ProviderId provider) {
        return LedgerAccount.of("provider:" + provider.value() + ":minutes");
    }
}
