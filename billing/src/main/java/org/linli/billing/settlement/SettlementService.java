package org.linli.billing.settlement;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.billing.commission.BillingAccounts;
import org.linli.billing.commission.BillingJob;
import org.linli.billing.payments.PaymentStatus;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.ledger.Asset;
import org.linli.platform.ledger.Ledger;
import org.linli.platform.ledger.LedgerAccount;
import org.linli.platform.ledger.PostingDraft;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Settlement (结算): at the end of a cycle finance drafts one batch per payee — each provider for its payable, the
 * tenant for its revenue share — covering what was earned up to the cut-off (T+N) and not claimed by earlier
 * batches; approves them; and pays them out. A payout is posted from the payee's account to gateway clearing. A
 * refund after settlement leaves the payee owing (a receivable): its next batch waits until earnings cover it.
 * The tenant's earnings are its revenue share less what it funds ({@link BillingAccounts#TENANT_FUNDED}): residents'
 * points discounts and the yuan it reimburses providers for orders paid in time-bank minutes. Funding beyond its
 * share is owed and set against its next batch the same way, and shows as a negative outstanding amount until
 * earnings cover it. The cycle's N is set with {@link SettlementTermsService}; where payouts go, with
 * {@link PayoutAccountService}.
 */
@ApplicationService
public class SettlementService {

    /** The postings that earn or take back money for payees; payouts are counted through the batches. */
    static final Set<String> EARNING = Set.of("payment-split", "refund-split");

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    PayoutPort payouts;

    @Inject
    PayoutAccountService accounts;

    @Inject
    SettlementTermsStore storedTerms;

    @Inject
    Clock clock;

    /**
     * Where a payee stands: earned (all time), claimed by batches, paid out, and what is still due (or owed); a
     * provider by its name ({@code null} for the tenant itself, or a provider no longer on file).
     */
    public record PayeeBalance(Payee payee, Long providerId, String name, String account, Money earned,
                               Money claimed, Money paid, Money outstanding) {
    }

    /** A page of the tenant's batches, newest first: a batch per payee and cycle, so they grow with time. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Page<SettlementBatch> batches(PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, SettlementBatch.class, "b").page("b.createdAt desc, b.id desc", page);
    }

    /**
     * The most payees whose standing is listed: one per provider of the tenant plus the tenant itself, so a few dozen
     * usually; the cap truncates the list rather than letting it exhaust the server if that ever proves wrong.
     */
    public static final int MAX_PAYEES = 500;

    /**
     * Drafts this cycle's batches: the cut-off is the end of the day N days ago (China time); every payee whose
     * earnings up to it exceed what its batches already claim gets a batch for the difference.
     */
    @Audited("settlement.draft")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public List<SettlementBatch> draft() {
        // One draft at a time per tenant, or two finance users could claim the same earnings twice.
        em.find(Tenant.class, TenantContext.require().value(), LockModeType.PESSIMISTIC_WRITE);
        int settleAfterDays = storedTerms.inForce().settleAfterDays();
        Instant cutOff = LocalDate.now(clock.withZone(ChinaTime.ZONE)).minusDays(settleAfterDays).plusDays(1)
                .atStartOfDay(ChinaTime.ZONE).toInstant().minusNanos(1_000);
        List<SettlementBatch> drafted = new ArrayList<>();
        for (PayeeAccount payee : payees()) {
            Money earned = earned(payee, cutOff);
            Money due = earned.minus(claimed(payee.account()));
            if (due.isPositive()) {
                SettlementBatch batch = new SettlementBatch(payee.payee(), payee.providerId(), payee.account().code(),
                        cutOff, due, clock.instant());
                em.persist(batch);
                drafted.add(batch);
            }
        }
        return drafted;
    }

    @Audited("settlement.approve")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public SettlementBatch approve(@AuditTarget long batchId) {
        SettlementBatch batch = find(batchId);
        batch.approve(CurrentUser.require().username(), clock.instant());
        return batch;
    }

    /**
     * Pays an approved (or failed) batch out through the payout channel; on success posts the payout, on refusal
     * records the reason and leaves the batch to be retried under the same request number.
     */
    @Audited("settlement.pay")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public SettlementBatch pay(@AuditTarget long batchId) {
        SettlementBatch batch = find(batchId);
        batch.attempt(CurrentUser.require().username());
        String account = accounts.inForce(batch.payee(), provider(batch)).map(PayoutAccount::alipayUserId)
                .orElse(null);
        List<PayoutPort.Part> parts = parts(batch).stream().map(PayoutPart::toPart).toList();
        PayoutPort.Result result = payouts.payout(new PayoutPort.Request(TenantContext.require(), batch.id(),
                batch.payee(), batch.providerId(), batch.amount(), batch.requestNo(), account, parts));
        if (!result.done()) {
            batch.failed(result.reason());
            return batch;
        }
        batch.paid(result.reference(), clock.instant());
        PostingDraft payout = PostingDraft.of("payout", "settlement:" + batch.id() + ":paid",
                        "settlement:" + batch.id()).memo(batch.requestNo())
                .debit(LedgerAccount.of(batch.account()), Asset.CNY, batch.amount().fen())
                .credit(BillingAccounts.GATEWAY_CLEARING, Asset.CNY, batch.amount().fen()).build();
        BillingJob.post(ledger, payout);
        return batch;
    }

    /** What a settlement statement shows: the batch, whom it pays and where, and the orders it draws on. */
    public record Statement(SettlementBatch batch, String payeeName, PayoutAccount account, List<PayoutPart> parts) {
    }

    /**
     * The names of the providers this tenant pays, by id. Finance reads them with the money it pays them rather than
     * through the catalogue: knowing whom it pays is part of paying, while the catalogue (offers, prices, staff) is
     * not finance's to read.
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Map<Long, String> payeeNames() {
        TenantContext.require();
        return providerNames();
    }

    private Map<Long, String> providerNames() {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select p.id, p.name from Provider p order by p.id", Object[].class).setMaxResults(MAX_PAYEES)
                .getResultList().forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        return names;
    }

    /** A batch's statement (结算单): the orders it pays for (fixed once paid out, else as they would be drawn). */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Statement statement(long batchId) {
        SettlementBatch batch = find(batchId);
        List<PayoutPart> parts = fixedParts(batch);
        String payee = batch.providerId() == null ? null
                : Optional.ofNullable(em.find(Provider.class, batch.providerId())).map(Provider::name)
                .orElse(null);
        return new Statement(batch, payee, accounts.inForce(batch.payee(), provider(batch)).orElse(null),
                parts.isEmpty() ? plannedParts(batch) : parts);
    }

    private static ProviderId provider(SettlementBatch batch) {
        return batch.providerId() == null ? null : new ProviderId(batch.providerId());
    }

    /** Every payee's standing; a negative outstanding amount is owed back by the payee (a refund after payout). */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<PayeeBalance> balances() {
        TenantContext.require();
        Instant now = clock.instant();
        Map<Long, String> names = providerNames();
        List<PayeeBalance> balances = new ArrayList<>();
        for (PayeeAccount payee : payees().stream().limit(MAX_PAYEES).toList()) {
            Money earned = earned(payee, now);
            Money claimed = claimed(payee.account());
            Money paid = fen(em.createQuery("select sum(b.amountFen) from SettlementBatch b"
                            + " where b.account = :account and b.status = :paid", Long.class)
                    .setParameter("account", payee.account().code()).setParameter("paid", BatchStatus.PAID)
                    .getSingleResult());
            balances.add(new PayeeBalance(payee.payee(), payee.providerId(), names.get(payee.providerId()),
                    payee.account().code(), earned, claimed, paid, earned.minus(claimed)));
        }
        return balances;
    }

    private record PayeeAccount(Payee payee, Long providerId, LedgerAccount account) {
    }

    /** What a payee earned up to {@code at}; the tenant's earnings are net of what it funds. */
    private Money earned(PayeeAccount payee, Instant at) {
        long funded = payee.payee() != Payee.TENANT ? 0 : BillingAccounts.TENANT_FUNDED.stream()
                .mapToLong(account -> ledger.balance(account, Asset.CNY, at, EARNING)).sum();
        return Money.fen(-ledger.balance(payee.account(), Asset.CNY, at, EARNING) - funded);
    }

    private List<PayeeAccount> payees() {
        List<PayeeAccount> payees = new ArrayList<>();
        for (LedgerAccount account : ledger.accounts("provider:")) {
            String[] parts = account.code().split(":");
            if (parts.length == 3 && parts[2].equals("payable")) {
                payees.add(new PayeeAccount(Payee.PROVIDER, Long.parseLong(parts[1]), account));
            }
        }
        if (Stream.concat(Stream.of(BillingAccounts.TENANT_REVENUE),
                BillingAccounts.TENANT_FUNDED.stream()).anyMatch(a -> !ledger.accounts(a.code()).isEmpty())) {
            payees.add(new PayeeAccount(Payee.TENANT, null, BillingAccounts.TENANT_REVENUE));
        }
        return payees;
    }

    /**
     * The trades a batch is paid from: the payee's split parts (net of refunds) of orders paid up to the cut-off,
     * oldest first, less what earlier batches drew from them. Kept once they cover the batch, so retries reuse them.
     */
    private List<PayoutPart> parts(SettlementBatch batch) {
        List<PayoutPart> fixed = fixedParts(batch);
        if (!fixed.isEmpty()) {
            return fixed;
        }
        List<PayoutPart> planned = plannedParts(batch);
        if (planned.stream().mapToLong(p -> p.amount().fen()).sum() == batch.amount().fen()) {
            planned.forEach(em::persist);
        }
        return planned;
    }

    private List<PayoutPart> fixedParts(SettlementBatch batch) {
        return em.createQuery("select p from PayoutPart p where p.batchId = :batch order by p.id",
                PayoutPart.class).setParameter("batch", batch.id()).getResultList();
    }

    private List<PayoutPart> plannedParts(SettlementBatch batch) {
        Iterator<Earned> earned = earned(batch);
        if (!earned.hasNext()) {
            return List.of();
        }
        // What earlier batches drew from each trade: a paid trade pays one order or one ad booking.
        Map<String, Long> drawn = new HashMap<>();
        em.createQuery("select p.gatewayTradeNo, sum(p.amountFen) from PayoutPart p where p.account = :account"
                        + " group by p.gatewayTradeNo", Object[].class).setParameter("account", batch.account())
                .getResultList().forEach(row -> drawn.put((String) row[0], ((Number) row[1]).longValue()));
        long need = batch.amount().fen();
        List<PayoutPart> parts = new ArrayList<>();
        while (need > 0 && earned.hasNext()) {
            Earned line = earned.next();
            String trade = line.trade();
            long available = trade == null ? 0 : line.remaining() - drawn.getOrDefault(trade, 0L);
            if (available <= 0) {
                continue;
            }
            long take = Math.min(available, need);
            parts.add(new PayoutPart(batch, line.subjectId(), trade, Money.fen(take)));
            drawn.merge(trade, take, Long::sum);
            need -= take;
        }
        return parts;
    }

    /** A payee's part of one paid order or ad booking, net of refunds, and the gateway trade it was paid in. */
    private record Earned(long subjectId, Instant at, long lineId, long remaining, String trade) {
    }

    /**
     * How many lines one read of a payee's earnings takes: a payee's earnings are read a chunk at a time, only as far
     * as the batch needs, so neither the heap nor a query's bound parameters grow with its history.
     */
    static final int CHUNK = 1_000;

    /**
     * The payee's parts up to the batch's cut-off, oldest first: its order split lines, and for the tenant also its
     * share of ad bookings (settled with its other revenue), read a chunk at a time as they are consumed.
     */
    private Iterator<Earned> earned(SettlementBatch batch) {
        Iterator<Earned> orders = chunks(last -> orderChunk(batch, last));
        if (batch.payee() != Payee.TENANT) {
            return orders;
        }
        Iterator<Earned> ads = chunks(last -> adChunk(batch, last));
        // Both come in time order; an order line goes before an ad line of the same instant.
        return new Iterator<>() {
            private Earned nextOrder = orders.hasNext() ? orders.next() : null;
            private Earned nextAd = ads.hasNext() ? ads.next() : null;

            @Override
            public boolean hasNext() {
                return nextOrder != null || nextAd != null;
            }

            @Override
            public Earned next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Earned next;
                if (nextAd == null || nextOrder != null && !nextOrder.at().isAfter(nextAd.at())) {
                    next = nextOrder;
                    nextOrder = orders.hasNext() ? orders.next() : null;
                } else {
                    next = nextAd;
                    nextAd = ads.hasNext() ? ads.next() : null;
                }
                return next;
            }
        };
    }

    /** The order split lines after {@code last} (from the first when null), with the trade each order was paid in. */
    private List<Earned> orderChunk(SettlementBatch batch, Earned last) {
        // Read as values, not entities: the chunk is only summed up, nothing of it needs to stay managed.
        var query = em.createQuery("select l.id, l.orderId, l.splitAt, l.amountFen - l.refundedFen from SplitLine l"
                        + " where l.account = :account and l.splitAt <= :cutOff" + (last == null ? ""
                        : " and l.splitAt >= :at and (l.splitAt > :at or l.id > :id)") + " order by l.splitAt, l.id",
                        Object[].class)
                .setParameter("account", batch.account()).setParameter("cutOff", batch.cutOff())
                .setMaxResults(CHUNK);
        if (last != null) {
            query.setParameter("at", last.at()).setParameter("id", last.lineId());
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, String> trades = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select p.orderId, p.gatewayTradeNo from Payment p where p.status = :paid"
                            + " and p.orderId in :orders", Object[].class)
                    .setParameter("paid", PaymentStatus.PAID)
                    .setParameter("orders", rows.stream().map(r -> (Long) r[1]).distinct().toList())
                    .getResultList().forEach(r -> trades.put((Long) r[0], (String) r[1]));
        }
        return rows.stream().map(r -> new Earned((Long) r[1], (Instant) r[2], (Long) r[0],
                ((Number) r[3]).longValue(), trades.get((Long) r[1]))).toList();
    }

    /** The tenant's ad booking lines after {@code last} (from the first when null), with their trades. */
    private List<Earned> adChunk(SettlementBatch batch, Earned last) {
        var query = em.createQuery("select l.id, l.bookingId, l.splitAt, l.amountFen - l.refundedFen,"
                        + " p.gatewayTradeNo from AdSplitLine l, Payment p where p.id = l.paymentId"
                        + " and l.account = :account and l.splitAt <= :cutOff"
                        + (last == null ? "" : " and l.splitAt >= :at and (l.splitAt > :at or l.id > :id)")
                        + " order by l.splitAt, l.id", Object[].class)
                .setParameter("account", batch.account()).setParameter("cutOff", batch.cutOff())
                .setMaxResults(CHUNK);
        if (last != null) {
            query.setParameter("at", last.at()).setParameter("id", last.lineId());
        }
        return query.getResultList().stream().map(r -> new Earned((Long) r[1], (Instant) r[2], (Long) r[0],
                ((Number) r[3]).longValue(), (String) r[4])).toList();
    }

    /** Chained chunks, each read after the last element of the one before, until one comes back empty. */
    private static Iterator<Earned> chunks(Function<Earned, List<Earned>> after) {
        return new Iterator<>() {
            private final List<Earned> first = after.apply(null);
            private Iterator<Earned> chunk = first.iterator();
            private Earned last;
            private boolean more = first.size() == CHUNK;

            @Override
            public boolean hasNext() {
                if (!chunk.hasNext() && more && last != null) {
                    List<Earned> next = after.apply(last);
                    more = next.size() == CHUNK;
                    chunk = next.iterator();
                }
                return chunk.hasNext();
            }

            @Override
            public Earned next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                last = chunk.next();
                return last;
            }
        };
    }

    private Money claimed(LedgerAccount account) {
        return fen(em.createQuery("select sum(b.amountFen) from SettlementBatch b where b.account = :account",
                Long.class).setParameter("account", account.code()).getSingleResult());
    }

    private static Money fen(Long sum) {
        return sum == null ? Money.ZERO : Money.fen(sum);
    }

    private SettlementBatch find(long id) {
        TenantContext.require();
        SettlementBatch batch = em.find(SettlementBatch.class, id);
        if (batch == null) {
            throw DomainException.notFound("settlement_batch_not_found");
        }
        return batch;
    }
}
