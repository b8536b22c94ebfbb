package org.linli.billing.checkout;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.billing.commission.BillingAccounts;
import org.linli.billing.commission.CommissionRule;
import org.linli.billing.commission.CommissionService;
import org.linli.billing.commission.CommissionTerms;
import org.linli.billing.commission.Party;
import org.linli.billing.commission.RefundShares;
import org.linli.billing.commission.Split;
import org.linli.billing.payments.Payment;
import org.linli.billing.payments.TradeNumber;
import org.linli.billing.settlement.Payee;
import org.linli.billing.settlement.PayoutPort;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.ledger.Asset;
import org.linli.platform.ledger.Ledger;
import org.linli.platform.ledger.LedgerAccount;
import org.linli.platform.ledger.PostingDraft;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.ads.AdBookingId;
import org.linli.tenants.modules.Module;
import org.linli.tenants.privacy.PersonalField;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checkouts in the tenant's ledger. A flea-market purchase paid online is held ({@code gateway:clearing →
 * flea:held}); at the handover it is released ({@code flea:held → resident:<seller>:payable}, less the tenant's
 * platform fee to {@code platform:revenue}) and paid out to the seller's Alipay account by a royalty settle from its
 * {@code LF…} trade, or waits for one. An ad booking's payment is split between platform and tenant under the ADS
 * module's commission rule ({@code gateway:clearing → platform:revenue, tenant:revenue}, posted as a payment split so
 * that it is earned and settled with the tenant's other revenue). Refunds go back the same way: from what is held,
 * or from the split's parts in proportion to what each still holds. Every posting has an idempotency key, so
 * recording the same payment, refund or release again changes nothing.
 */
@ApplicationService
public class CheckoutBooks {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    CommissionService commission;

    @Inject
    PayoutPort payouts;

    @Inject
    Clock clock;

    /**
     * Books a checkout's payment just recorded as paid: a flea-market purchase is held, an ad booking split. A payment
     * for a subject already booked by another of its payments is kept apart ({@code checkout:returning}): it is
     * given back.
     */
    @Audited("checkout.book-payment")
    @RequiresPermission(Permissions.LEDGER_POST)
    public void recordPayment(@AuditTarget long paymentId) {
        Payment payment = payment(paymentId);
        TradeNumber.Subject subject = payment.subject();
        String reference = CheckoutReferences.reference(subject, payment.subjectId());
        long booked = subject == TradeNumber.Subject.FLEA
                ? Optional.ofNullable(em.find(FleaHold.class, payment.subjectId())).map(FleaHold::paymentId).orElse(0L)
                : adLines(payment.subjectId()).stream().findFirst().map(AdSplitLine::paymentId).orElse(0L);
        if (booked == payment.id()) {
            return;
        }
        if (booked != 0) {
            ledger.post(PostingDraft.of("checkout-returning", "payment:" + payment.tradeNumber() + ":returning",
                            reference).memo(payment.tradeNumber())
                    .debit(BillingAccounts.GATEWAY_CLEARING, Asset.CNY, payment.amount().fen())
                    .credit(BillingAccounts.CHECKOUT_RETURNING, Asset.CNY, payment.amount().fen()).build());
            return;
        }
        if (subject == TradeNumber.Subject.FLEA) {
            em.persist(new FleaHold(payment.subjectId(), payment.id(), payment.sellerResidentId(), payment.amount(),
                    clock.instant()));
            ledger.post(PostingDraft.of(CheckoutReferences.paymentKind(subject), reference + ":held", reference)
                    .memo(payment.tradeNumber())
                    .debit(BillingAccounts.GATEWAY_CLEARING, Asset.CNY, payment.amount().fen())
                    .credit(BillingAccounts.FLEA_HELD, Asset.CNY, payment.amount().fen()).build());
        } else {
            split(payment, reference);
        }
    }

    /**
     * Books a refund of a checkout's payment just recorded: what is still held goes back to gateway clearing, or the
     * ad split's parts give it back in proportion; a payment that was kept apart leaves {@code checkout:returning}.
     */
    @Audited("checkout.book-refund")
    @RequiresPermission(Permissions.LEDGER_POST)
    public void recordRefund(@AuditTarget long paymentId, @AuditDetail String requestNo, Money amount) {
        Payment payment = payment(paymentId);
        TradeNumber.Subject subject = payment.subject();
        String reference = CheckoutReferences.reference(subject, payment.subjectId());
        String key = "payment:" + payment.tradeNumber() + ":refund:" + requestNo;
        PostingDraft.Builder posting = PostingDraft.of(subject == TradeNumber.Subject.FLEA ? "flea-refund"
                : "refund-split", key, reference).memo(payment.tradeNumber())
                .credit(BillingAccounts.GATEWAY_CLEARING, Asset.CNY, amount.fen());
        if (subject == TradeNumber.Subject.FLEA) {
            FleaHold hold = em.find(FleaHold.class, payment.subjectId(), LockModeType.PESSIMISTIC_WRITE);
            if (hold == null || hold.paymentId() != payment.id()) {
                posting.debit(BillingAccounts.CHECKOUT_RETURNING, Asset.CNY, amount.fen());
            } else if (hold.status() == HoldStatus.HELD) {
                hold.refund(amount);
                posting.debit(BillingAccounts.FLEA_HELD, Asset.CNY, amount.fen());
            } else {
                // Given back after the handover: the seller's part is taken back first, then the fee.
                Money fromSeller = Money.fen(Math.min(amount.fen(), hold.sellerPart().fen()));
                posting.debit(BillingAccounts.residentPayable(hold.sellerResidentId()), Asset.CNY, fromSeller.fen());
                if (amount.minus(fromSeller).isPositive()) {
                    posting.debit(BillingAccounts.PLATFORM_REVENUE, Asset.CNY, amount.minus(fromSeller).fen());
                }
            }
        } else {
            List<AdSplitLine> lines = adLines(payment.subjectId());
            if (lines.isEmpty() || lines.get(0).paymentId() != payment.id()) {
                posting.debit(BillingAccounts.CHECKOUT_RETURNING, Asset.CNY, amount.fen());
            } else {
                Map<Party, Money> remaining = new EnumMap<>(Party.class);
                lines.forEach(line -> remaining.put(line.party(), line.remaining()));
                Map<Party, Money> shares = RefundShares.of(remaining, amount);
                for (AdSplitLine line : lines) {
                    Money share = shares.get(line.party());
                    line.giveBack(share);
                    posting.debit(LedgerAccount.of(line.account()), Asset.CNY, share.fen());
                }
            }
        }
        ledger.post(posting.build());
    }

    /**
     * The purchase was handed over: what is held goes to the seller, less the tenant's platform fee, and is paid out
     * to the seller's payout account (or waits for one). Releasing again changes nothing.
     */
    @Audited("checkout.release")
    @RequiresPermission(Permissions.LEDGER_POST)
    public FleaHold release(@AuditTarget long reservationId) {
        FleaHold hold = em.find(FleaHold.class, reservationId, LockModeType.PESSIMISTIC_WRITE);
        if (hold == null || hold.status() == HoldStatus.REFUNDED) {
            throw DomainException.conflict("flea_nothing_held");
        }
        if (hold.status() == HoldStatus.RELEASED) {
            return hold;
        }
        if (hold.sellerResidentId() == null) {
            throw DomainException.conflict("flea_seller_unknown");
        }
        Money held = hold.held();
        FleaFeeTerms.Release release = feeTerms().release(held);
        String reference = CheckoutReferences.reference(TradeNumber.Subject.FLEA, reservationId);
        PostingDraft.Builder posting = PostingDraft.of("flea-release", reference + ":released", reference)
                .debit(BillingAccounts.FLEA_HELD, Asset.CNY, held.fen())
                .credit(BillingAccounts.residentPayable(hold.sellerResidentId()), Asset.CNY, release.seller().fen());
        if (release.fee().isPositive()) {
            posting.credit(BillingAccounts.PLATFORM_REVENUE, Asset.CNY, release.fee().fen());
        }
        if (held.isPositive()) {
            ledger.post(posting.build());
        }
        hold.release(release.fee(), clock.instant());
        payOut(hold);
        return hold;
    }

    /** Pays out a released purchase whose payout waits (a payout account was added, the gateway is back). */
    @Audited("checkout.payout")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public FleaHold retryPayout(@AuditTarget long reservationId) {
        TenantContext.require();
        FleaHold hold = em.find(FleaHold.class, reservationId, LockModeType.PESSIMISTIC_WRITE);
        if (hold == null || hold.status() != HoldStatus.RELEASED) {
            throw DomainException.notFound("flea_hold_not_found");
        }
        payOut(hold);
        return hold;
    }

    /** The flea-market purchases paid online, newest first, optionally only those in one payout state. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Page<FleaHold> holds(PayoutState payout, PageRequest page) {
        TenantContext.require();
        PagedQuery<FleaHold> query = PagedQuery.of(em, FleaHold.class, "h");
        if (payout != null) {
            query.filter("h.payout = :payout", "payout", payout);
        }
        return query.page("h.heldAt desc, h.reservationId desc", page);
    }

    /**
     * The sellers of flea-market holds by resident id, their names masked as the flea shelf shows them to neighbours:
     * finance tells its payees apart by them without learning more of a resident than the market already shows.
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Map<Long, String> sellerNames(Collection<Long> residents) {
        TenantContext.require();
        Map<Long, String> names = new HashMap<>();
        if (residents.isEmpty()) {
            return names;
        }
        em.createQuery("select r.id, r.name from Resident r where r.id in :ids", Object[].class)
                .setParameter("ids", residents.stream().distinct().limit(PageRequest.MAX_SIZE).toList())
                .getResultList().forEach(row -> names.put(((Number) row[0]).longValue(),
                        PersonalField.NAME.mask((String) row[1])));
        return names;
    }

    /** The platform/tenant split of an ad booking's payment, empty until it is paid. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<AdSplitLine> adSplit(AdBookingId booking) {
        TenantContext.require();
        return adLines(booking.value());
    }

    /** The tenant's flea-market platform fee: none until set. Operators of the market and finance staff read it. */
    @Query
    @RequiresPermission(Permissions.MODULE_READ)
    public FleaFeeTerms fleaFee() {
        requireFeeKeeper();
        return feeTerms();
    }

    /** Sets the tenant's flea-market platform fee, for purchases handed over from now on. */
    @Audited("checkout.flea-fee")
    @RequiresPermission(Permissions.MODULE_READ)
    public FleaFeeTerms setFleaFee(@AuditDetail FleaFeeTerms terms) {
        requireFeeKeeper();
        if (terms == null) {
            throw DomainException.invalid(FieldError.of("terms", "required"));
        }
        FleaFee fee = em.find(FleaFee.class, FleaFee.ID);
        String by = CurrentUser.require().username();
        if (fee == null) {
            em.persist(new FleaFee(terms, by, clock.instant()));
        } else {
            fee.change(terms, by, clock.instant());
        }
        return terms;
    }

    private static void requireFeeKeeper() {
        TenantContext.require();
        if (!CurrentUser.isPermitted(Permissions.FLEA_MANAGE) && !CurrentUser.isPermitted(Permissions.FINANCE_MANAGE)) {
            throw DomainException.forbidden("flea_fee_keeper");
        }
    }

    private FleaFeeTerms feeTerms() {
        return Optional.ofNullable(em.find(FleaFee.class, FleaFee.ID)).map(FleaFee::terms).orElse(FleaFeeTerms.NONE);
    }

    private void split(Payment payment, String reference) {
        CommissionRule rule = commission.moduleRule(Module.ADS).orElse(null);
        Split split = (rule == null ? CommissionTerms.NONE : rule.terms()).split(payment.amount()).withoutProvider();
        PostingDraft.Builder posting = PostingDraft.of(CheckoutReferences.paymentKind(TradeNumber.Subject.AD),
                        reference + ":paid", reference).memo(payment.tradeNumber())
                .debit(BillingAccounts.GATEWAY_CLEARING, Asset.CNY, payment.amount().fen());
        Map<Party, LedgerAccount> accounts = Map.of(Party.PLATFORM, BillingAccounts.PLATFORM_REVENUE,
                Party.TENANT, BillingAccounts.TENANT_REVENUE);
        for (Party party : List.of(Party.PLATFORM, Party.TENANT)) {
            Money part = split.of(party);
            em.persist(new AdSplitLine(payment.subjectId(), payment.id(), party, accounts.get(party).code(), part, rule,
                    clock.instant()));
            posting.credit(accounts.get(party), Asset.CNY, part.fen());
        }
        ledger.post(posting.build());
    }

    private void payOut(FleaHold hold) {
        SellerPayoutAccount account = em.find(SellerPayoutAccount.class, hold.sellerResidentId());
        Money part = hold.sellerPart();
        if (!part.isPositive()) {
            hold.paidOut(null);
            return;
        }
        Payment payment = payment(hold.paymentId());
        String requestNo = "LFS" + TenantContext.require().value() + "_" + hold.reservationId();
        PayoutPort.Result result = payouts.payout(new PayoutPort.Request(TenantContext.require(),
                hold.reservationId(), Payee.RESIDENT, hold.sellerResidentId(), part, requestNo,
                account == null ? null : account.alipayUserId(),
                List.of(new PayoutPort.Part(payment.gatewayTradeNo(), part))));
        if (!result.done()) {
            hold.payoutWaiting(result.reason());
            return;
        }
        String reference = CheckoutReferences.reference(TradeNumber.Subject.FLEA, hold.reservationId());
        ledger.post(PostingDraft.of("payout", reference + ":paid-out", reference).memo(requestNo)
                .debit(BillingAccounts.residentPayable(hold.sellerResidentId()), Asset.CNY, part.fen())
                .credit(BillingAccounts.GATEWAY_CLEARING, Asset.CNY, part.fen()).build());
        hold.paidOut(result.reference());
    }

    private Payment payment(long id) {
        Payment payment = em.find(Payment.class, id);
        if (payment == null || payment.subject().purpose().isEmpty()) {
            throw new IllegalArgumentException("no checkout payment " + id);
        }
        return payment;
    }

    private List<AdSplitLine> adLines(long bookingId) {
        return em.createQuery("select l from AdSplitLine l where l.bookingId = :booking order by l.party",
                AdSplitLine.class).setParameter("booking", bookingId).getResultList();
    }
}
