package org.linli.tenants.timebank;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.ledger.Asset;
import org.linli.platform.ledger.Ledger;
import org.linli.platform.ledger.LedgerAccount;
import org.linli.platform.ledger.LedgerPosting;
import org.linli.platform.ledger.PostingDraft;
import org.linli.platform.money.Money;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.residents.Tag;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The time bank of the tenant acted for: members' accounts and statements, transfers between members, donations to
 * the love pool and its grants to elders living alone, the tenant's settings, minutes spent on orders and finance's
 * view of what is owed. Every movement is one balanced {@code MINUTES} posting, written by the time bank's system
 * job in the caller's transaction. A debit first locks the paying account's row (and the receiving member's, in
 * resident order), then checks the bounds against the ledger: parallel debits of one account queue, others do not.
 */
@ApplicationService
public class TimeBankService {

    private static final Pattern MEMBER = Pattern.compile("resident:(\\d+):minutes");
    private static final Pattern PROVIDER = Pattern.compile("provider:(\\d+):minutes");
    private static final int MAX_KEY = 60;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    Ledger ledger;

    @Inject
    ResidentDirectory residents;

    @Inject
    ProviderService providers;

    @Inject
    Clock clock;

    /**
     * The signed-in member's account, opened on first sight (the row is bookkeeping for locks and the member code;
     * the balance is the ledger's). Only verified residents have one: others get {@code resident_pending}.
     */
    @Query
    @RequiresPermission(Permissions.TIMEBANK_USE)
    public TimeBankViews.Account me() {
        return account(open(residents.me().id()));
    }

    /** A page of the signed-in member's statement, newest first. */
    @Query
    @RequiresPermission(Permissions.TIMEBANK_USE)
    public Page<TimeBankViews.StatementLine> statement(PageRequest page) {
        TimeAccount mine = open(residents.me().id());
        return lines(TimeBankAccounts.member(mine.resident()), page);
    }

    /**
     * Moves minutes from the signed-in member to the member with {@code memberCode}: never to oneself, never below
     * the payer's minimum nor above the payee's maximum. The same {@code idempotencyKey} returns the movement it made.
     */
    @Audited("timebank.transfer")
    @RequiresPermission(Permissions.TIMEBANK_USE)
    public TimeBankViews.Movement transfer(TimeBankCommands.Transfer transfer, String idempotencyKey) {
        validator.validate(transfer);
        ResidentId payer = residents.me().id();
        String reference = reference("transfer", payer, idempotencyKey);
        TimeBankViews.Movement replay = replay(reference, transfer.minutes());
        if (replay != null) {
            return replay;
        }
        String code = MemberCodes.normalise(transfer.memberCode());
        TimeAccount payee = code == null ? null : em.createQuery("select a from TimeAccount a"
                        + " where a.memberCode = :code", TimeAccount.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
        if (payee == null || !verified(payee.resident())) {
            throw DomainException.notFound("time_member_not_found");
        }
        if (payee.resident().equals(payer)) {
            throw DomainException.conflict("time_transfer_to_self");
        }
        TimeLimits limits = settingsRow(false).limits();
        // Minutes credited for volunteering reach a member who may never have opened the account's row.
        open(payer);
        lockInOrder(payer, payee.resident());
        limits.checkDebit(balance(payer), transfer.minutes());
        limits.checkCredit(balance(payee.resident()), transfer.minutes());
        return post(PostingDraft.of("timebank-transfer", reference, reference).memo(note(transfer.note()))
                .debit(TimeBankAccounts.member(payer), Asset.MINUTES, transfer.minutes())
                .credit(TimeBankAccounts.member(payee.resident()), Asset.MINUTES, transfer.minutes()).build(),
                transfer.minutes());
    }

    /** Gives minutes of the signed-in member to the love pool, down to the member's minimum at most. */
    @Audited("timebank.donate")
    @RequiresPermission(Permissions.TIMEBANK_USE)
    public TimeBankViews.Movement donate(TimeBankCommands.Donation donation, String idempotencyKey) {
        validator.validate(donation);
        ResidentId donor = residents.me().id();
        String reference = reference("donation", donor, idempotencyKey);
        TimeBankViews.Movement replay = replay(reference, donation.minutes());
        if (replay != null) {
            return replay;
        }
        TimeLimits limits = settingsRow(false).limits();
        open(donor);
        lock(donor);
        limits.checkDebit(balance(donor), donation.minutes());
        return post(PostingDraft.of("timebank-donation", reference, reference).memo(note(donation.note()))
                .debit(TimeBankAccounts.member(donor), Asset.MINUTES, donation.minutes())
                .credit(TimeBankAccounts.LOVE_POOL, Asset.MINUTES, donation.minutes()).build(), donation.minutes());
    }

    /** What the love pool holds, in minutes. */
    @Query
    @RequiresPermission(Permissions.TIMEBANK_MANAGE)
    public long lovePool() {
        return -asBank(() -> ledger.balance(TimeBankAccounts.LOVE_POOL, Asset.MINUTES));
    }

    /** A page of the love pool's movements (donations in, grants out), newest first. */
    @Query
    @RequiresPermission(Permissions.TIMEBANK_MANAGE)
    public Page<TimeBankViews.StatementLine> lovePoolMovements(PageRequest page) {
        return lines(TimeBankAccounts.LOVE_POOL, page);
    }

    /**
     * Grants minutes from the love pool to a verified resident tagged as an elder living alone
     * ({@code time_grant_not_elder} otherwise), within what the pool holds and the elder's maximum.
     */
    @Audited("timebank.grant")
    @RequiresPermission(Permissions.TIMEBANK_MANAGE)
    public TimeBankViews.Movement grant(TimeBankCommands.Grant grant, String idempotencyKey) {
        validator.validate(grant);
        ResidentRecord elder = residents.get(grant.resident());
        if (elder.status() != ResidentStatus.ACTIVE || !elder.tags().contains(Tag.ELDERLY_ALONE)) {
            throw DomainException.conflict("time_grant_not_elder");
        }
        String reference = reference("grant", grant.resident(), idempotencyKey);
        TimeBankViews.Movement replay = replay(reference, grant.minutes());
        if (replay != null) {
            return replay;
        }
        TimeBankSettings settings = settingsRow(true);
        open(grant.resident());
        lock(grant.resident());
        if (lovePool() < grant.minutes()) {
            throw DomainException.conflict("time_love_pool_too_low", lovePool());
        }
        settings.limits().checkCredit(balance(grant.resident()), grant.minutes());
        return post(PostingDraft.of("timebank-grant", reference, reference).memo(note(grant.note()))
                .debit(TimeBankAccounts.LOVE_POOL, Asset.MINUTES, grant.minutes())
                .credit(TimeBankAccounts.member(grant.resident()), Asset.MINUTES, grant.minutes()).build(),
                grant.minutes());
    }

    /** The tenant's settings (the defaults until an operator changes them). */
    @Query
    @RequiresPermission(Permissions.TIMEBANK_MANAGE)
    public TimeBankSettings settings() {
        return settingsRow(false);
    }

    /**
     * Changes the tenant's settings. New bounds apply to the next movement: balances already outside them stay, and
     * can only move back inside.
     */
    @Audited("timebank.settings")
    @RequiresPermission(Permissions.TIMEBANK_MANAGE)
    public TimeBankSettings changeSettings(TimeBankCommands.SettingsChange change) {
        validator.validate(change);
        TimeBankSettings settings = settingsRow(true);
        settings.change(change, clock.instant());
        return settings;
    }

    /** A member's account, for operators (opened if the resident is verified and has none yet). */
    @Query
    @RequiresPermission(Permissions.TIMEBANK_MANAGE)
    public TimeBankViews.Account account(ResidentId resident) {
        ResidentRecord record = residents.get(resident);
        if (record.status() != ResidentStatus.ACTIVE) {
            throw DomainException.notFound("time_member_not_found");
        }
        return account(open(resident));
    }

    /** A page of a member's statement, for operators. */
    @Query
    @RequiresPermission(Permissions.TIMEBANK_MANAGE)
    public Page<TimeBankViews.StatementLine> statementOf(ResidentId resident, PageRequest page) {
        residents.get(resident);
        return lines(TimeBankAccounts.member(resident), page);
    }

    /** Minutes outstanding, for finance: what members, the love pool and providers hold. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public TimeBankViews.Liabilities liabilities() {
        return asBank(() -> new TimeBankViews.Liabilities(
                -ledger.total("resident:", ":minutes", Asset.MINUTES),
                -ledger.balance(TimeBankAccounts.LOVE_POOL, Asset.MINUTES),
                -ledger.total("provider:", ":minutes", Asset.MINUTES),
                ledger.balance(TimeBankAccounts.ISSUE, Asset.MINUTES),
                -ledger.balance(TimeBankAccounts.SPENT, Asset.MINUTES)));
    }

    /** What {@code amount} costs in minutes at the tenant's minute value, rounded up: the price shown on a button. */
    @Query
    @RequiresPermission(Permissions.TIMEBANK_USE)
    public long quote(Money amount) {
        return TimePrice.minutesFor(amount, settingsRow(false).minuteValue());
    }

    /**
     * The signed-in member pays an order in minutes: the amount at the tenant's minute value, rounded up, goes to
     * the provider's minutes account or, when the tenant reimburses providers in yuan, out of circulation. Refused
     * below the member's minimum ({@code time_balance_too_low}). {@code reference} names the order
     * ({@code order:17}).
     */
    @Audited("timebank.spend")
    @RequiresPermission(Permissions.TIMEBANK_USE)
    public TimeBankViews.Payment spend(TimeBankCommands.Spend spend) {
        validator.validate(spend);
        ResidentId payer = residents.me().id();
        TimeBankSettings settings = settingsRow(false);
        long minutes = TimePrice.minutesFor(spend.amount(), settings.minuteValue());
        LedgerAccount to = settings.compensation() == TimeCompensation.MINUTES
                ? TimeBankAccounts.provider(spend.provider()) : TimeBankAccounts.SPENT;
        open(payer);
        lock(payer);
        settings.limits().checkDebit(balance(payer), minutes);
        LedgerPosting posting = asBank(() -> ledger.post(PostingDraft.of("timebank-spend",
                        spend.reference() + ":paid-in-time", spend.reference()).memo(note(spend.title()))
                .debit(TimeBankAccounts.member(payer), Asset.MINUTES, minutes)
                .credit(to, Asset.MINUTES, minutes).build()));
        return new TimeBankViews.Payment(posting.id(), minutes, settings.compensation());
    }

    /**
     * Gives back the minutes of an order's payment by reversing its posting, whatever the bounds (what was taken is
     * returned whole). Giving back twice under the same reference changes nothing.
     */
    @Audited("timebank.give-back")
    @RequiresPermission(Permissions.LEDGER_POST)
    public long giveBack(@AuditTarget long paymentPostingId, String reference) {
        return ledger.reverse(paymentPostingId, reference + ":time-given-back", "minutes given back").id();
    }

    /** Minutes moved straight from the issuing account to a member: the demo's starting balances. */
    @Audited("timebank.demo-credit")
    @RequiresPermission(Permissions.LEDGER_POST)
    public TimeBankViews.Movement creditForDemo(@AuditTarget ResidentId resident, long minutes, String memo) {
        open(resident);
        String key = "timebank:demo-credit:" + resident.value();
        return post(PostingDraft.of("timebank-demo-credit", key, key).memo(memo)
                .debit(TimeBankAccounts.ISSUE, Asset.MINUTES, minutes)
                .credit(TimeBankAccounts.member(resident), Asset.MINUTES, minutes).build(), minutes);
    }

    private TimeBankViews.Account account(TimeAccount account) {
        TimeBankSettings settings = settingsRow(false);
        return new TimeBankViews.Account(account.resident(), account.memberCode(), balance(account.resident()),
                settings.limits().minimum(), settings.limits().maximum(), settings.minuteValue());
    }

    /** The member's row, made (with a fresh code) if they have none yet. */
    private TimeAccount open(ResidentId resident) {
        TenantContext.require();
        TimeAccount account = em.find(TimeAccount.class, resident.value());
        if (account == null) {
            account = new TimeAccount(resident, freeCode(), clock.instant());
            em.persist(account);
            em.flush();
        }
        return account;
    }

    private String freeCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = MemberCodes.next();
            boolean taken = !em.createQuery("select a.residentId from TimeAccount a where a.memberCode = :code",
                    Long.class).setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
            if (!taken) {
                return code;
            }
        }
        throw new IllegalStateException("no free member code after five draws");
    }

    private void lock(ResidentId resident) {
        if (em.find(TimeAccount.class, resident.value(), LockModeType.PESSIMISTIC_WRITE) == null) {
            throw DomainException.notFound("time_member_not_found");
        }
    }

    /** Locks two accounts in resident order, so that A→B and B→A at once wait rather than deadlock. */
    private void lockInOrder(ResidentId a, ResidentId b) {
        Stream.of(a, b).sorted(Comparator.comparingLong(ResidentId::value)).forEach(this::lock);
    }

    private TimeBankSettings settingsRow(boolean locked) {
        TenantContext.require();
        TimeBankSettings settings = locked
                ? em.find(TimeBankSettings.class, TimeBankSettings.ID, LockModeType.PESSIMISTIC_WRITE)
                : em.find(TimeBankSettings.class, TimeBankSettings.ID);
        if (settings == null) {
            settings = TimeBankSettings.defaults(clock.instant());
            em.persist(settings);
            em.flush();
        }
        return settings;
    }

    private long balance(ResidentId member) {
        return -asBank(() -> ledger.balance(TimeBankAccounts.member(member), Asset.MINUTES));
    }

    private boolean verified(ResidentId resident) {
        return asBank(() -> residents.get(resident)).status() == ResidentStatus.ACTIVE;
    }

    private TimeBankViews.Movement replay(String reference, long minutes) {
        return asBank(() -> ledger.postings(reference, PageRequest.first(1)).items()).stream().findFirst()
                .map(p -> new TimeBankViews.Movement(p.id(), p.kind(), minutes, true)).orElse(null);
    }

    private TimeBankViews.Movement post(PostingDraft draft, long minutes) {
        LedgerPosting posting = asBank(() -> ledger.post(draft));
        return new TimeBankViews.Movement(posting.id(), posting.kind(), minutes, false);
    }

    private static String reference(String kind, ResidentId by, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            throw DomainException.invalid(FieldError.of("Idempotency-Key", "required"));
        }
        return "timebank:" + kind + ":" + by.value() + ":" + idempotencyKey.strip();
    }

    private static String note(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Page<TimeBankViews.StatementLine> lines(LedgerAccount account, PageRequest page) {
        Page<Ledger.Entry> entries = asBank(() -> ledger.statement(account, Asset.MINUTES, page));
        Map<LedgerAccount, TimeBankViews.Counterparty> named = new HashMap<>();
        return entries.map(entry -> new TimeBankViews.StatementLine(entry.posting().id(), entry.posting().postedAt(),
                entry.posting().kind(), entry.posting().memo(), -entry.line().amount(),
                entry.counterparties().isEmpty() ? null
                        : named.computeIfAbsent(entry.counterparties().get(0), this::counterparty),
                entry.posting().reverses() != null));
    }

    /** Names the other side of a line without personal data: members by code, providers by business name. */
    private TimeBankViews.Counterparty counterparty(LedgerAccount account) {
        if (account.equals(TimeBankAccounts.LOVE_POOL)) {
            return new TimeBankViews.Counterparty(TimeBankViews.CounterpartyKind.LOVE_POOL, null);
        }
        if (account.equals(TimeBankAccounts.ISSUE)) {
            return new TimeBankViews.Counterparty(TimeBankViews.CounterpartyKind.TIME_BANK, null);
        }
        if (account.equals(TimeBankAccounts.SPENT)) {
            return new TimeBankViews.Counterparty(TimeBankViews.CounterpartyKind.SPENT, null);
        }
        Matcher member = MEMBER.matcher(account.code());
        if (member.matches()) {
            TimeAccount other = em.find(TimeAccount.class, Long.parseLong(member.group(1)));
            return new TimeBankViews.Counterparty(TimeBankViews.CounterpartyKind.MEMBER,
                    other == null ? null : other.memberCode());
        }
        Matcher provider = PROVIDER.matcher(account.code());
        if (provider.matches()) {
            ProviderId id = new ProviderId(Long.parseLong(provider.group(1)));
            return new TimeBankViews.Counterparty(TimeBankViews.CounterpartyKind.PROVIDER,
                    asBank(() -> providers.get(id)).name());
        }
        return new TimeBankViews.Counterparty(TimeBankViews.CounterpartyKind.OTHER, null);
    }

    /** Runs ledger and registry look-ups as the time bank's system job, in the caller's transaction and tenant. */
    private static <T> T asBank(Callable<T> work) {
        return CallerContext.system("timebank", TenantContext.require()).call(work);
    }
}
