package org.linli.billing.invoicing;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.billing.commission.BillingAccounts;
import org.linli.billing.commission.BillingJob;
import org.linli.billing.payments.InvoiceCheckout;
import org.linli.billing.payments.InvoiceReceipts;
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
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.modules.ModuleService;
import org.linli.tenants.orders.PaymentPort;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Monthly invoices for the paid modules of the tenant acted for: issued by the platform after a month is over, from
 * the module subscription periods (fees pro rata by day), posted as a receivable; paid by the tenant at the gateway's
 * cashier (the money lands in gateway clearing) or by a bank transfer the platform records (in the bank). Tenant
 * operators and finance read and pay their invoices.
 */
@ApplicationService
public class InvoicingService implements InvoiceReceipts {

    /** What tenants owe the platform for their modules. */
    public static final LedgerAccount RECEIVABLE = LedgerAccount.of("subscription:receivable");
    /** The platform's income from module subscriptions. */
    public static final LedgerAccount REVENUE = LedgerAccount.of("platform:subscription-revenue");
    /** The platform's bank account, where tenants pay invoices by transfer (at the cashier: gateway clearing). */
    public static final LedgerAccount BANK = LedgerAccount.of("platform:bank");

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ModuleService modules;

    @Inject
    Ledger ledger;

    @Inject
    InvoiceCheckout checkout;

    @Inject
    Clock clock;

    @Query
    @RequiresPermission(Permissions.INVOICE_READ)
    public Page<Invoice> invoices(PageRequest page) {
        TenantContext.require();
        // An invoice a month: the list grows with time. The id breaks ties so that pages do not overlap.
        return PagedQuery.of(em, Invoice.class, "i").page("i.period desc, i.id desc", page);
    }

    /** The tenant's invoices issued and not yet paid: how many, and what they come to. */
    public record Outstanding(long invoices, Money amount) {
    }

    /** What the tenant acted for still owes the platform. */
    @Query
    @RequiresPermission(Permissions.INVOICE_READ)
    public Outstanding outstanding() {
        TenantContext.require();
        Object[] row = em.createQuery("select count(i), sum(i.amountFen) from Invoice i where i.status = :issued",
                Object[].class).setParameter("issued", InvoiceStatus.ISSUED).getSingleResult();
        // sum over no rows is null; on H2 a sum of longs may come back as another Number.
        return new Outstanding(((Number) row[0]).longValue(), row[1] == null ? Money.ZERO
                : Money.fen(((Number) row[1]).longValue()));
    }

    @Query
    @RequiresPermission(Permissions.INVOICE_READ)
    public Invoice invoice(long invoiceId) {
        return find(invoiceId);
    }

    @Query
    @RequiresPermission(Permissions.INVOICE_READ)
    public List<InvoiceLine> lines(long invoiceId) {
        find(invoiceId);
        return em.createQuery("select l from InvoiceLine l where l.invoiceId = :invoice order by l.module",
                InvoiceLine.class).setParameter("invoice", invoiceId).getResultList();
    }

    /**
     * Issues the invoice of a month that is over; issuing again returns the same invoice. A month in which no paid
     * module was enabled has no invoice.
     */
    @Audited("invoice.issue")
    @RequiresPermission(Permissions.INVOICE_MANAGE)
    public Optional<Invoice> issue(@AuditTarget YearMonth month) {
        TenantContext.require();
        if (month == null) {
            throw DomainException.invalid(FieldError.of("month", "required"));
        }
        if (!month.isBefore(YearMonth.now(clock.withZone(ChinaTime.ZONE)))) {
            throw DomainException.invalid(FieldError.of("month", "month_not_over"));
        }
        Optional<Invoice> existing = em.createQuery("select i from Invoice i where i.period = :period", Invoice.class)
                .setParameter("period", month.atDay(1)).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing;
        }
        List<SubscriptionCharge> charges = modules.history().stream()
                .map(s -> SubscriptionCharge.of(s.module(), s.monthlyFee(), s.startedAt(), s.endedAt(), month))
                .filter(Objects::nonNull).filter(charge -> charge.amount().isPositive()).toList();
        if (charges.isEmpty()) {
            return Optional.empty();
        }
        Money total = charges.stream().map(SubscriptionCharge::amount).reduce(Money.ZERO, Money::plus);
        String number = "LL-" + TenantContext.require().value() + "-" + month.format(DateTimeFormatter.ofPattern(
                "yyyyMM"));
        Invoice invoice = new Invoice(number, month.atDay(1), total, clock.instant());
        em.persist(invoice);
        em.flush();
        charges.forEach(charge -> em.persist(new InvoiceLine(invoice, charge)));
        post(PostingDraft.of("invoice", "invoice:" + number + ":issued", invoice.ledgerReference())
                .debit(RECEIVABLE, Asset.CNY, total.fen()).credit(REVENUE, Asset.CNY, total.fen()).build());
        return Optional.of(invoice);
    }

    /**
     * The tenant pays an unpaid invoice at the gateway: answers where to pay (the cashier; a waiting attempt is
     * reopened), or, with the development gateway, the invoice is paid at once.
     */
    @Audited("invoice.pay-online")
    @RequiresPermission(Permissions.INVOICE_PAY)
    public PaymentPort.PaymentStart payOnline(@AuditTarget long invoiceId, PaymentPort.Channel channel) {
        Invoice invoice = find(invoiceId);
        if (invoice.status() != InvoiceStatus.ISSUED) {
            throw DomainException.invalidTransition(invoice.status(), "pay");
        }
        String subject = "邻里平台服务费 " + invoice.number();
        PaymentPort.PaymentStart start = checkout.begin(new InvoiceCheckout.InvoicePayment(TenantContext.require(),
                invoice.id(), invoice.amount(), subject, channel == null ? PaymentPort.Channel.DESKTOP : channel));
        if (start.confirmed()) {
            settle(invoice, start.reference(), clock.instant(), BillingAccounts.GATEWAY_CLEARING);
        }
        return start;
    }

    /** The gateway confirmed an invoice's payment (see {@link InvoiceReceipts}). */
    @Override
    @Audited("invoice.paid-online")
    @RequiresPermission(Permissions.PAYMENT_CONFIRM)
    public boolean received(@AuditTarget long invoiceId, String tradeNumber, Money amount, Instant paidAt) {
        Invoice invoice = find(invoiceId);
        if (invoice.status() != InvoiceStatus.ISSUED) {
            return tradeNumber.equals(invoice.paymentReference());
        }
        if (!invoice.amount().equals(amount)) {
            return false;
        }
        settle(invoice, tradeNumber, paidAt, BillingAccounts.GATEWAY_CLEARING);
        return true;
    }

    /** Records the tenant's payment of an invoice by bank transfer (its reference). */
    @Audited("invoice.pay")
    @RequiresPermission(Permissions.INVOICE_MANAGE)
    public Invoice recordPayment(@AuditTarget long invoiceId, String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw DomainException.invalid(FieldError.of("reference", "required"));
        }
        Invoice invoice = find(invoiceId);
        settle(invoice, reference.strip(), clock.instant(), BANK);
        return invoice;
    }

    /** Marks the invoice paid and moves the receivable to where the money arrived; the key allows one payment. */
    private void settle(Invoice invoice, String reference, Instant at, LedgerAccount arrivedIn) {
        invoice.paid(reference, at);
        post(PostingDraft.of("invoice-payment", "invoice:" + invoice.number() + ":paid", invoice.ledgerReference())
                .memo(reference).debit(arrivedIn, Asset.CNY, invoice.amount().fen())
                .credit(RECEIVABLE, Asset.CNY, invoice.amount().fen()).build());
    }

    private void post(PostingDraft draft) {
        BillingJob.post(ledger, draft);
    }

    private Invoice find(long id) {
        TenantContext.require();
        Invoice invoice = em.find(Invoice.class, id);
        if (invoice == null) {
            throw DomainException.notFound("invoice_not_found");
        }
        return invoice;
    }
}
