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
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.modules.Module;

/** One module's charge on an invoice: its monthly fee, the days it was enabled and the pro-rata amount. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_line_seq")
    @SequenceGenerator(name = "invoice_line_seq", sequenceName = "invoice_line_seq", allocationSize = 50)
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "module", nullable = false, length = 20)
    private Module module;

    @Column(name = "monthly_fee_fen", nullable = false)
    private long monthlyFeeFen;

    @Column(name = "days", nullable = false)
    private int days;

    @Column(name = "days_in_month", nullable = false)
    private int daysInMonth;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, SubscriptionCharge charge) {
        this.invoiceId = invoice.id();
        this.module = charge.module();
        this.monthlyFeeFen = charge.monthlyFee().fen();
        this.days = charge.days();
        this.daysInMonth = charge.daysInMonth();
        this.amountFen = charge.amount().fen();
    }

    public long invoiceId() {
        return invoiceId;
    }

    public Module module() {
        return module;
    }

    public Money monthlyFee() {
        return Money.fen(monthlyFeeFen);
    }

    public int days() {
        return days;
    }

    public int daysInMonth() {
        return daysInMonth;
    }

    public Money amount() {
        return Money.fen(amountFen);
    }
}
