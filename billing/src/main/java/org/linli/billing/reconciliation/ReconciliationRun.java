package org.linli.billing.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One reconciliation of a day (对账): the gateway's bill lines for the tenant, how many matched Linli's payments,
 * refunds and ledger, the net amounts on both sides and how many disagreements remain open.
 */
@Entity
@Table(name = "reconciliation_run")
public class ReconciliationRun extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_run_seq")
    @SequenceGenerator(name = "reconciliation_run_seq", sequenceName = "reconciliation_run_seq", allocationSize = 50)
    private Long id;

    @Column(name = "bill_day", nullable = false)
    private LocalDate day;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    @Column(name = "ran_by", nullable = false, length = 100)
    private String ranBy;

    @Column(name = "bill_lines", nullable = false)
    private int billLines;

    @Column(name = "matched", nullable = false)
    private int matched;

    @Column(name = "open_discrepancies", nullable = false)
    private int openDiscrepancies;

    @Column(name = "gateway_net_fen", nullable = false)
    private long gatewayNetFen;

    @Column(name = "ours_net_fen", nullable = false)
    private long oursNetFen;

    protected ReconciliationRun() {
    }

    ReconciliationRun(LocalDate day, Instant ranAt, String ranBy, int billLines, int matched, int openDiscrepancies,
                      Money gatewayNet, Money oursNet) {
        this.day = day;
        this.ranAt = ranAt;
        this.ranBy = ranBy;
        this.billLines = billLines;
        this.matched = matched;
        this.openDiscrepancies = openDiscrepancies;
        this.gatewayNetFen = gatewayNet.fen();
        this.oursNetFen = oursNet.fen();
    }

    public long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public Instant ranAt() {
        return ranAt;
    }

    public String ranBy() {
        return ranBy;
    }

    public int billLines() {
        return billLines;
    }

    public int matched() {
        return matched;
    }

    public int openDiscrepancies() {
        return openDiscrepancies;
    }

    public Money gatewayNet() {
        return Money.fen(gatewayNetFen);
    }

    public Money oursNet() {
        return Money.fen(oursNetFen);
    }

    /** Nothing left to look at: every line matched, or finance resolved what did not. */
    public boolean clean() {
        return openDiscrepancies == 0;
    }

    @Override
    public String auditName() {
        return "reconciliation:" + day;
    }
}
