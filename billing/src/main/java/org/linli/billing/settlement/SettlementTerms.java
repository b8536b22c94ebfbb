package org.linli.billing.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.tenancy.TenantOwned;

/**
 * The tenant's settlement cycle, T+N: money from an order paid on day T is settled from day T+N on, which leaves
 * time for cancellations and refunds before the payee is paid. Seven days unless the tenant says otherwise.
 */
@Entity
@Table(name = "settlement_terms")
public class SettlementTerms extends TenantOwned {

    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settlement_terms_seq")
    @SequenceGenerator(name = "settlement_terms_seq", sequenceName = "settlement_terms_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "settle_after_days", nullable = false)
    private int settleAfterDays;

    protected SettlementTerms() {
    }

    SettlementTerms(int days) {
        change(days);
    }

    void change(int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw DomainException.invalid(FieldError.of("settleAfterDays", "range", 0, MAX_DAYS));
        }
        this.settleAfterDays = days;
    }

    public int settleAfterDays() {
        return settleAfterDays;
    }
}
