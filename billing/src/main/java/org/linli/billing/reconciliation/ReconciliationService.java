package org.linli.billing.reconciliation;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.linli.billing.checkout.CheckoutReferences;
import org.linli.billing.commission.BillingAccounts;
import org.linli.billing.invoicing.Invoice;
import org.linli.billing.payments.Payment;
import org.linli.billing.payments.PaymentRefund;
import org.linli.billing.payments.PaymentStatus;
import org.linli.billing.payments.TradeNumber;
import org.linli.billing.payments.alipay.AlipayBill;
import org.linli.billing.payments.alipay.AlipayConnection;
import org.linli.billing.payments.alipay.AlipayGateway;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.ledger.Asset;
import org.linli.platform.ledger.Ledger;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reconciliation (对账): a day's bill from the gateway against Linli's books, three ways for payments — the bill
 * line, the payment record (paid, same amount) and the ledger (gateway clearing posted for the order's split or the
 * invoice's receipt, same amount) —
 * and two ways for refunds (the bill line and the refund record under the same request number). What disagrees
 * is queued as a {@link Discrepancy}; running the day again queues only what is new and closes what now matches,
 * and two runs of one day at once queue each disagreement once (the second run is refused).
 * The bill is the merchant account's, shared by all tenants: each tenant reconciles its own trades (their trade
 * numbers name it) and never sees another's lines.
 */
@ApplicationService
public class ReconciliationService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    AlipayConnection alipay;

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    /** Reconciles {@code day} (China time) of the tenant acted for; the day must have begun. */
    @Audited("reconciliation.run")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public ReconciliationRun run(@AuditTarget LocalDate day) {
        TenantId tenant = TenantContext.require();
        Instant now = clock.instant();
        if (day == null || day.isAfter(LocalDate.ofInstant(now, ChinaTime.ZONE))) {
            throw DomainException.invalid(FieldError.of("day", "not_begun"));
        }
        byte[] zip;
        try {
            zip = alipay.gateway().bill(day).orElseThrow(() -> DomainException.conflict("bill_not_ready", day));
        } catch (AlipayGateway.Unavailable e) {
            throw DomainException.conflict("gateway_unavailable");
        }
        List<AlipayBill.Line> lines = AlipayBill.parse(zip).stream()
                .filter(line -> TradeNumber.parse(line.outTradeNo()).map(t -> t.tenant().equals(tenant))
                        .orElse(false))
                .toList();
        Instant from = day.atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();

        List<Payment> paid = paidBetween(from, until);
        List<PaymentRefund> refunded = refundedBetween(from, until);
        List<Discrepancy> found = new ArrayList<>();
        int matched = matchPayments(day, lines, paid, now, found) + matchRefunds(day, lines, refunded, now, found);
        int open = queue(day, found, now);
        long gatewayNet = lines.stream().mapToLong(l -> l.refund() ? -l.amount().fen() : l.amount().fen()).sum();
        long oursNet = paid.stream().mapToLong(p -> p.amount().fen()).sum()
                - refunded.stream().mapToLong(r -> r.amount().fen()).sum();
        ReconciliationRun run = new ReconciliationRun(day, now, CurrentUser.require().username(), lines.size(),
                matched, open, Money.fen(gatewayNet), Money.fen(oursNet));
        em.persist(run);
        return run;
    }

    /** A page of the runs, newest day first: a run a day at least, so they grow with time. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Page<ReconciliationRun> runs(PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, ReconciliationRun.class, "r").page("r.day desc, r.id desc", page);
    }

    /** A page of the queue: open disagreements first (oldest day first), then, when asked, the resolved ones. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Page<Discrepancy> discrepancies(boolean includeResolved, PageRequest page) {
        TenantContext.require();
        PagedQuery<Discrepancy> query = PagedQuery.of(em, Discrepancy.class, "d");
        if (!includeResolved) {
            query.condition("d.resolvedAt is null");
        }
        return query.page("case when d.resolvedAt is null then 0 else 1 end, d.day, d.id", page);
    }

    /** Finance settles a disagreement with a note saying what was done about it (booked by hand, raised with Alipay). */
    @Audited("reconciliation.resolve")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public Discrepancy resolve(@AuditTarget long id, @AuditDetail String note) {
        TenantContext.require();
        if (note == null || note.isBlank() || note.length() > 500) {
            throw DomainException.invalid(note == null || note.isBlank() ? FieldError.of("note", "required")
                    : FieldError.of("note", "size", 1, 500));
        }
        Discrepancy discrepancy = em.find(Discrepancy.class, id);
        if (discrepancy == null) {
            throw DomainException.notFound("discrepancy_not_found");
        }
        discrepancy.resolve(CurrentUser.require().username(), note.strip(), clock.instant());
        return discrepancy;
    }

    /** {@code paid}: our payments completed that day. */
    private int matchPayments(LocalDate day, List<AlipayBill.Line> lines, List<Payment> paid, Instant now,
                              List<Discrepancy> found) {
        List<AlipayBill.Line> billed = lines.stream().filter(l -> !l.refund()).toList();
        Set<String> numbers = billed.stream().map(AlipayBill.Line::outTradeNo).collect(Collectors.toSet());
        Map<String, Payment> ours = new HashMap<>();
        paid.forEach(p -> ours.put(p.tradeNumber(), p));
        if (!numbers.isEmpty()) {
            em.createQuery("select p from Payment p where p.tradeNumber in :numbers", Payment.class)
                    .setParameter("numbers", numbers).getResultList().forEach(p -> ours.put(p.tradeNumber(), p));
        }
        Function<Payment, String> reference = ledgerReferences(ours.values());
        Map<String, Long> posted = new HashMap<>();
        for (TradeNumber.Subject subject : TradeNumber.Subject.values()) {
            posted.putAll(ledger.moved(paymentKind(subject), BillingAccounts.GATEWAY_CLEARING, Asset.CNY,
                    ours.values().stream()
                            .filter(p -> p.subject() == subject).map(reference).collect(Collectors.toSet())));
        }
        int matched = 0;
        for (AlipayBill.Line line : billed) {
            Payment payment = ours.get(line.outTradeNo());
            if (payment == null || payment.status() != PaymentStatus.PAID) {
                found.add(new Discrepancy(day, DiscrepancyKind.MISSING_HERE, line.outTradeNo(), null, line.amount(),
                        null, payment == null ? "no_payment" : "payment_" + payment.status().name().toLowerCase(),
                        now));
            } else if (!payment.amount().equals(line.amount())) {
                found.add(new Discrepancy(day, DiscrepancyKind.AMOUNT_MISMATCH, line.outTradeNo(), null,
                        line.amount(), payment.amount(), "payment_amount", now));
            } else {
                Long clearing = posted.get(reference.apply(payment));
                if (clearing == null) {
                    found.add(new Discrepancy(day, DiscrepancyKind.MISSING_HERE, line.outTradeNo(), null,
                            line.amount(), null, "not_in_ledger", now));
                } else if (clearing != line.amount().fen()) {
                    found.add(new Discrepancy(day, DiscrepancyKind.AMOUNT_MISMATCH, line.outTradeNo(), null,
                            line.amount(), Money.fen(clearing), "ledger_amount", now));
                } else {
                    matched++;
                }
            }
        }
        for (Payment payment : paid) {
            if (!numbers.contains(payment.tradeNumber())) {
                found.add(new Discrepancy(day, DiscrepancyKind.MISSING_AT_GATEWAY, payment.tradeNumber(), null, null,
                        payment.amount(), "not_billed", now));
            }
        }
        return matched;
    }

    /**
     * Where the ledger books each payment: an order's split under {@code order:<id>}, an invoice's receipt under the
     * invoice's reference (its number, read once for all the day's invoice payments), a flea-market purchase's hold
     * under {@code flea:<reservation>}, an ad booking's split under {@code ad:<booking>}.
     */
    private Function<Payment, String> ledgerReferences(Collection<Payment> payments) {
        Set<Long> invoiceIds = payments.stream().filter(p -> p.subject() == TradeNumber.Subject.INVOICE)
                .map(Payment::subjectId).collect(Collectors.toSet());
        Map<Long, String> invoices = new HashMap<>();
        if (!invoiceIds.isEmpty()) {
            em.createQuery("select i from Invoice i where i.id in :ids", Invoice.class)
                    .setParameter("ids", invoiceIds).getResultList()
                    .forEach(i -> invoices.put(i.id(), i.ledgerReference()));
        }
        return p -> switch (p.subject()) {
            case ORDER -> "order:" + p.order().value();
            case INVOICE -> invoices.get(p.subjectId());
            case FLEA, AD -> CheckoutReferences.reference(p.subject(), p.subjectId());
        };
    }

    /** The ledger kind under which each subject's payments move gateway clearing. */
    private static String paymentKind(TradeNumber.Subject subject) {
        return switch (subject) {
            case ORDER -> "payment-split";
            case INVOICE -> "invoice-payment";
            case FLEA, AD -> CheckoutReferences.paymentKind(subject);
        };
    }

    /** {@code refunded}: our refunds completed that day. */
    private int matchRefunds(LocalDate day, List<AlipayBill.Line> lines, List<PaymentRefund> refunded, Instant now,
                             List<Discrepancy> found) {
        List<AlipayBill.Line> billed = lines.stream().filter(AlipayBill.Line::refund).toList();
        List<PaymentRefund> refunds = new ArrayList<>(refunded);
        Set<String> requestNumbers = billed.stream().map(AlipayBill.Line::requestNo).collect(Collectors.toSet());
        if (!requestNumbers.isEmpty()) {
            em.createQuery("select r from PaymentRefund r where r.requestNo in :numbers", PaymentRefund.class)
                    .setParameter("numbers", requestNumbers).getResultList().stream()
                    .filter(r -> refunds.stream().noneMatch(o -> o.paymentId() == r.paymentId()
                            && o.requestNo().equals(r.requestNo())))
                    .forEach(refunds::add);
        }
        Map<Long, String> tradeOf = new HashMap<>();
        Set<Long> paymentIds = refunds.stream().map(PaymentRefund::paymentId).collect(Collectors.toSet());
        if (!paymentIds.isEmpty()) {
            em.createQuery("select p from Payment p where p.id in :ids", Payment.class)
                    .setParameter("ids", paymentIds).getResultList()
                    .forEach(p -> tradeOf.put(p.id(), p.tradeNumber()));
        }
        Function<PaymentRefund, String> key = r -> tradeOf.get(r.paymentId()) + "|" + r.requestNo();
        Map<String, PaymentRefund> ours = refunds.stream().collect(Collectors.toMap(key, r -> r, (a, b) -> a));
        Set<String> billedKeys = new HashSet<>();
        int matched = 0;
        for (AlipayBill.Line line : billed) {
            String k = line.outTradeNo() + "|" + line.requestNo();
            billedKeys.add(k);
            PaymentRefund refund = ours.get(k);
            if (refund == null) {
                found.add(new Discrepancy(day, DiscrepancyKind.MISSING_HERE, line.outTradeNo(), line.requestNo(),
                        line.amount(), null, "no_refund", now));
            } else if (!refund.amount().equals(line.amount())) {
                found.add(new Discrepancy(day, DiscrepancyKind.AMOUNT_MISMATCH, line.outTradeNo(), line.requestNo(),
                        line.amount(), refund.amount(), "refund_amount", now));
            } else {
                matched++;
            }
        }
        for (PaymentRefund refund : refunded) {
            if (!billedKeys.contains(key.apply(refund))) {
                found.add(new Discrepancy(day, DiscrepancyKind.MISSING_AT_GATEWAY, tradeOf.get(refund.paymentId()),
                        refund.requestNo(), null, refund.amount(), "refund_not_billed", now));
            }
        }
        return matched;
    }

    /** Queues what is new, closes open ones of the day that no longer disagree; answers how many stay open. */
    private int queue(LocalDate day, List<Discrepancy> found, Instant now) {
        List<Discrepancy> earlier = em.createQuery("select d from Discrepancy d where d.day = :day",
                Discrepancy.class).setParameter("day", day).getResultList();
        Set<String> stillFound = found.stream().map(Discrepancy::key).collect(Collectors.toSet());
        Set<String> queued = new HashSet<>();
        for (Discrepancy d : earlier) {
            // A refused gateway call is no line of the bill: only finance resolves it.
            if (!d.open() || d.kind() == DiscrepancyKind.GATEWAY_REFUSED) {
                continue;
            }
            if (stillFound.contains(d.key())) {
                queued.add(d.key());
            } else {
                d.resolve(CurrentUser.require().username(), "matched on a later run", now);
            }
        }
        Set<String> resolvedBefore = earlier.stream().filter(d -> !d.open() && d.resolvedAt().isBefore(now))
                .map(Discrepancy::key).collect(Collectors.toSet());
        for (Discrepancy d : found) {
            // A disagreement finance already settled stays settled; one still open is not queued twice.
            if (!queued.contains(d.key()) && !resolvedBefore.contains(d.key())) {
                em.persist(d);
                queued.add(d.key());
            }
        }
        try {
            em.flush();
        } catch (PersistenceException sameDayMeanwhile) {
            // Another run of the same day queued the same disagreement first: its run stands, this one changes nothing.
            throw DomainException.conflict("reconciliation_running", day);
        }
        return queued.size();
    }

    private List<Payment> paidBetween(Instant from, Instant until) {
        return em.createQuery("select p from Payment p where p.status = :paid and p.paidAt >= :from"
                        + " and p.paidAt < :until order by p.id", Payment.class)
                .setParameter("paid", PaymentStatus.PAID).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    private List<PaymentRefund> refundedBetween(Instant from, Instant until) {
        return em.createQuery("select r from PaymentRefund r where r.refundedAt >= :from and r.refundedAt < :until"
                        + " order by r.id", PaymentRefund.class)
                .setParameter("from", from).setParameter("until", until).getResultList();
    }
}
