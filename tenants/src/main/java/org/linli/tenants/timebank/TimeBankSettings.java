package org.linli.tenants.timebank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * The tenant's time-bank settings: one row per tenant, made with the defaults on first use. Its row is also what
 * grants from the love pool lock, so two grants never spend the same donated minutes.
 *
 * <p>Invariants: {@code minimum ≤ 0 < maximum}; one minute is worth at least one fen.
 */
@Entity
@Table(name = "timebank_settings")
public class TimeBankSettings extends TenantOwned implements AuditSubject {

    /** The one row of each tenant. */
    public static final long ID = 1;
    static final long DEFAULT_MAXIMUM = 6000;
    static final long DEFAULT_MINUTE_VALUE_FEN = 100;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "minimum_balance", nullable = false)
    private long minimumBalance;

    @Column(name = "maximum_balance", nullable = false)
    private long maximumBalance;

    @Column(name = "minute_value_fen", nullable = false)
    private long minuteValueFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "compensation", nullable = false, length = 10)
    private TimeCompensation compensation;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TimeBankSettings() {
    }

    /** No overdraft, at most 100 hours, a minute worth ¥1.00, providers paid in minutes. */
    static TimeBankSettings defaults(Instant at) {
        TimeBankSettings settings = new TimeBankSettings();
        settings.id = ID;
        settings.minimumBalance = 0;
        settings.maximumBalance = DEFAULT_MAXIMUM;
        settings.minuteValueFen = DEFAULT_MINUTE_VALUE_FEN;
        settings.compensation = TimeCompensation.MINUTES;
        settings.updatedAt = at;
        return settings;
    }

    void change(TimeBankCommands.SettingsChange change, Instant at) {
        TimeLimits limits = new TimeLimits(change.minimumBalance(), change.maximumBalance());
        this.minimumBalance = limits.minimum();
        this.maximumBalance = limits.maximum();
        this.minuteValueFen = change.minuteValueFen();
        this.compensation = change.compensation();
        this.updatedAt = at;
    }

    public TimeLimits limits() {
        return new TimeLimits(minimumBalance, maximumBalance);
    }

    public Money minuteValue() {
        return Money.fen(minuteValueFen);
    }

    public TimeCompensation compensation() {
        return compensation;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public String auditName() {
        return "timebank-settings";
    }
}
