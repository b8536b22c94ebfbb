package org.linli.billing.commission;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
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
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.ServiceOrder;
import org.linli.tenants.timebank.TimeCompensation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Splits what residents pay among platform, tenant and provider, and posts it: when an order is paid its amount is
 * divided by the commission rule in force (snapshotted on the split lines) and posted from gateway clearing to the
 * three parties' accounts — or, for an order paid in time-bank minutes whose provider the tenant reimburses in yuan,
 * from the tenant's time reimbursement account, so that provider and platform still get their parts (an order paid
 * in minutes to the provider's time account has no yuan split); when money is given back, the refund is taken
 * back from the parties in proportion to what they still hold and posted the other way, to the account that funded
 * the payment. Both are idempotent: following the same order event twice changes nothing.
 *
 * <p>An order partly paid in points is split on its full amount: gateway clearing gives the cash and the tenant's
 * {@link BillingAccounts#TENANT_POINTS_DISCOUNT points-discount account} the discount ({@link DiscountFunding}).
 * Money given back is the cash refunded plus the discount returned with the points; each party gives back its share
 * of the total, the funding account takes back the cash and the tenant's points-discount account the discount.
 * An order paid in time has no points discount (booking refuses the combination).
 */
@ApplicationService
public class SplitService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    OrderService orders;

    @Inject
    CommissionService commission;

    @Inject
    ProviderService providers;

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    /**
     * The split of an order, empty until it is paid: finance staff read any order's of the tenant (they take part in
     * none); operators and the order's provider read the orders they take part in. Residents never see splits.
     */
    @Query
    @RequiresPermission(Permissions.SPLIT_READ)
    public List<SplitLine> split(OrderId id) {
        if (CurrentUser.isPermitted(Permissions.FINANCE_READ)) {
            if (!orders.exists(id)) {
                throw DomainException.notFound("order_not_found");
            }
        } else {
            orders.get(id);
        }
        return lines(id);
    }

    /**
     * What the signed-in staff member's provider has earned from orders paid since {@code since}: its parts of the
     * splits, after commission and net of refunds.
     */
    @Query
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Money providerEarnedSince(Instant since) {
        LedgerAccount mine = BillingAccounts.providerPayable(providers.myStaff().provider());
        Long net = em.createQuery("select sum(l.amountFen - l.refundedFen) from SplitLine l where l.account = :account"
                + " and l.splitAt >= :since", Long.class).setParameter("account", mine.code())
                .setParameter("since", since).getSingleResult();
        return net == null ? Money.ZERO : Money.fen(net);
    }

    /** Splits and posts a paid order; a second call for the same order returns the split already made. */
    @Audited("split.record")
    @RequiresPermission(Permissions.LEDGER_POST)
    public List<SplitLine> recordPayment(@AuditTarget OrderId id) {
        List<SplitLine> existing = lines(id);
        if (!existing.isEmpty()) {
            return existing;
        }
        ServiceOrder order = orders.get(id).order();
        if (order.paidInTime() && order.timeCompensation() == TimeCompensation.MINUTES) {
            // The provider was paid in minutes by the time bank's posting: no yuan changes hands, nothing to split.
            return existing;
        }
        LedgerAccount funding = order.paidInTime() ? BillingAccounts.TENANT_TIME_REIMBURSEMENT
                : BillingAccounts.GATEWAY_CLEARING;
        ProviderId provider = new ProviderId(order.providerId());
        CommissionRule rule = commission.ruleFor(order.module(), provider).orElse(null);
        Split split = (rule == null ? CommissionTerms.NONE : rule.terms()).split(order.amount());
        Map<Party, LedgerAccount> accounts = accounts(provider);
        PostingDraft.Builder posting = PostingDraft.of("payment-split", "order:" + id.value() + ":paid",
                "order:" + id.value()).memo(order.title());
        if (order.cashDue().isPositive()) {
            posting.debit(funding, Asset.CNY, order.cashDue().fen());
        }
        if (order.discount().isPositive()) {
            posting.debit(BillingAccounts.TENANT_POINTS_DISCOUNT, Asset.CNY, order.discount().fen());
            em.persist(new DiscountFunding(id.value(), order.pointsUsed(), order.discount(),
                    DiscountFunding.Shares.of(split, order.discount()), clock.instant()));
        }
        for (Party party : Party.values()) {
            Money part = split.of(party);
            em.persist(new SplitLine(id.value(), order.module(), party, accounts.get(party).code(), part, rule,
                    clock.instant(), funding));
            posting.credit(accounts.get(party), Asset.CNY, part.fen());
        }
        if (!order.amount().isZero()) {
            ledger.post(posting.build());
        }
        return lines(id);
    }

    /**
     * Brings the split in line with what the order has had refunded: the part not yet taken back is shared among the
     * parties and posted. Calling it again without a new refund does nothing.
     */
    @Audited("split.refund")
    @RequiresPermission(Permissions.LEDGER_POST)
    public List<SplitLine> recordRefund(@AuditTarget OrderId id) {
        ServiceOrder order = orders.get(id).order();
        List<SplitLine> lines = lines(id);
        if (lines.isEmpty()) {
            return lines;
        }
        Money taken = lines.stream().map(SplitLine::refunded).reduce(Money.ZERO, Money::plus);
        Money due = order.refunded().plus(order.discountReturned()).minus(taken);
        if (due.isZero() || due.isNegative()) {
            return lines;
        }
        DiscountFunding funding = em.find(DiscountFunding.class, id.value());
        Money discountBack = funding == null ? Money.ZERO : funding.returnUpTo(order.discountReturned());
        Money cashBack = due.minus(discountBack);
        Map<Party, Money> remaining = new EnumMap<>(Party.class);
        lines.forEach(line -> remaining.put(line.party(), line.remaining()));
        Map<Party, Money> shares = RefundShares.of(remaining, due);
        String key = "order:" + id.value() + ":refunded:" + order.refunded().fen()
                + (funding == null ? "" : ":points:" + funding.returned().fen());
        PostingDraft.Builder posting = PostingDraft.of("refund-split", key, "order:" + id.value())
                .memo(order.title());
        if (cashBack.isPositive()) {
            posting.credit(lines.get(0).fundedBy(), Asset.CNY, cashBack.fen());
        }
        if (discountBack.isPositive()) {
            posting.credit(BillingAccounts.TENANT_POINTS_DISCOUNT, Asset.CNY, discountBack.fen());
        }
        for (SplitLine line : lines) {
            Money share = shares.get(line.party());
            line.giveBack(share);
            posting.debit(LedgerAccount.of(line.account()), Asset.CNY, share.fen());
        }
        ledger.post(posting.build());
        return lines;
    }

    /**
     * The operator's choice that one party bears the refunds of an order alone (say, the provider, whose service
     * failed): what the other parties gave back is charged to {@code bearer} instead and returned to them. The bearer
     * can give back at most what it received ({@code refund_bearer_short}); choosing again changes nothing. Only the
     * platform's own staff may make the platform bear them; a tenant's operators choose the tenant or the provider.
     */
    @Audited("split.refund-bearer")
    @RequiresPermission(Permissions.REFUND_BEARER)
    public List<SplitLine> chargeRefundsTo(@AuditTarget OrderId id, Party bearer) {
        if (bearer == Party.PLATFORM && !CurrentUser.isPermitted(Permissions.REFUND_BEARER_PLATFORM)) {
            throw DomainException.forbidden("refund_bearer_platform");
        }
        orders.get(id);
        List<SplitLine> lines = lines(id);
        SplitLine charged = lines.stream().filter(line -> line.party() == bearer).findFirst()
                .orElseThrow(() -> DomainException.conflict("order_not_split"));
        Money moved = lines.stream().filter(line -> line != charged).map(SplitLine::refunded)
                .reduce(Money.ZERO, Money::plus);
        if (moved.isZero()) {
            return lines;
        }
        if (moved.fen() > charged.remaining().fen()) {
            throw DomainException.conflict("refund_bearer_short", charged.remaining().format());
        }
        PostingDraft.Builder posting = PostingDraft.of("refund-reallocation", "order:" + id.value()
                + ":refund-bearer:" + bearer.name().toLowerCase(Locale.ROOT) + ":"
                + charged.refunded().plus(moved).fen(), "order:" + id.value())
                .debit(LedgerAccount.of(charged.account()), Asset.CNY, moved.fen());
        for (SplitLine line : lines) {
            if (line != charged) {
                posting.credit(LedgerAccount.of(line.account()), Asset.CNY, line.refunded().fen());
                line.takeBackRefund();
            }
        }
        charged.giveBack(moved);
        PostingDraft draft = posting.build();
        BillingJob.post(ledger, draft);
        return lines;
    }

    /**
     * How the tenant funded the order's points discount, if points were used: read by the same callers as
     * {@link #split}.
     */
    @Query
    @RequiresPermission(Permissions.SPLIT_READ)
    public Optional<DiscountFunding> funding(OrderId id) {
        split(id);
        return Optional.ofNullable(em.find(DiscountFunding.class, id.value()));
    }

    private static Map<Party, LedgerAccount> accounts(ProviderId provider) {
        Map<Party, LedgerAccount> accounts = new EnumMap<>(Party.class);
        accounts.put(Party.PLATFORM, BillingAccounts.PLATFORM_REVENUE);
        accounts.put(Party.TENANT, BillingAccounts.TENANT_REVENUE);
        accounts.put(Party.PROVIDER, BillingAccounts.providerPayable(provider));
        return accounts;
    }

    private List<SplitLine> lines(OrderId id) {
        return em.createQuery("select l from SplitLine l where l.orderId = :order", SplitLine.class)
                .setParameter("order", id.value()).getResultStream()
                .sorted(Comparator.comparing(SplitLine::party)).toList();
    }
}
