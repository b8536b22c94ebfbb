package org.linli.tenants.modules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.Locale;

/**
 * A period in which a paid module was enabled for a tenant at a monthly fee. Enabling opens one, disabling closes
 * it, changing the fee closes it and opens the next: the rows are the tenant's billing history and are never
 * edited otherwise. At most one period per module is open.
 */
@Entity
@Table(name = "module_subscription")
public class ModuleSubscription extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_subscription_seq")
    @SequenceGenerator(name = "module_subscription_seq", sequenceName = "module_subscription_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "module", nullable = false, length = 30)
    private Module module;

    @Column(name = "monthly_fee_fen", nullable = false)
    private long monthlyFeeFen;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ModuleSubscription() {
    }

    ModuleSubscription(Module module, Money monthlyFee, Instant startedAt) {
        if (module.isFree()) {
            throw new IllegalArgumentException(module + " is free and always enabled");
        }
        if (monthlyFee.isNegative()) {
            throw new IllegalArgumentException("negative fee");
        }
        this.module = module;
        this.monthlyFeeFen = monthlyFee.fen();
        this.startedAt = startedAt;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    public Module module() {
        return module;
    }

    public Money monthlyFee() {
        return Money.fen(monthlyFeeFen);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    @Override
    public String auditName() {
        return "module:" + module.name().toLowerCase(Locale.ROOT);
    }
}
