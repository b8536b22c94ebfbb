package org.linli.billing.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The platform's monthly invoice to a tenant for its paid modules (月度服务费账单): one per tenant and month, numbered
 * {@code LL-<tenant>-<yyyyMM>}, its lines the modules' pro-rata charges. {@code ISSUED → PAID} when the tenant's
 * payment is recorded; the amount never changes.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "number", nullable = false, length = 40)
    private String number;

    @Column(name = "period", nullable = false)
    private LocalDate period;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private InvoiceStatus status;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "payment_reference", length = 100)
    private String paymentReference;

    protected Invoice() {
    }

    Invoice(String number, LocalDate period, Money amount, Instant issuedAt) {
        this.number = number;
        this.period = period;
        this.amountFen = amount.fen();
        this.status = InvoiceStatus.ISSUED;
        this.issuedAt = issuedAt;
    }

    void paid(String reference, Instant at) {
        if (status != InvoiceStatus.ISSUED) {
            throw DomainException.invalidTransition(status, "pay");
        }
        status = InvoiceStatus.PAID;
        paymentReference = reference;
        paidAt = at;
    }

    public long id() {
        return id;
    }

    public String number() {
        return number;
    }

    /** The first day of the month invoiced. */
    public LocalDate period() {
        return period;
    }

    public Money amount() {
        return Money.fen(amountFen);
    }

    public InvoiceStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public String paymentReference() {
        return paymentReference;
    }

    /** The reference of the invoice's ledger postings (issued, paid). */
    public String ledgerReference() {
        return "invoice:" + number;
    }

    @Override
    public String auditName() {
        return "invoice:" + number;
    }
}
