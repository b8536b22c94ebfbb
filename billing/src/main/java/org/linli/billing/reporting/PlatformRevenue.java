package org.linli.billing.reporting;

import jakarta.inject.Inject;
import org.linli.platform.application.BatchService;
import org.linli.platform.application.Query;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;
import org.linli.platform.tenancy.TenantSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Revenue across every tenant, for platform finance: each tenant's figures read by the platform user acting for
 * that tenant in turn — one tenant per transaction, so tenant scoping stays exactly what it is for one tenant —
 * then put side by side with their sum. Tenant users never see it.
 */
@BatchService
public class PlatformRevenue {

    @Inject
    TenantDirectory tenants;

    @Inject
    RevenueReport report;

    /** One tenant's totals for the period. */
    public record TenantLine(TenantId tenant, String name, Revenue.Line total) {
    }

    public record ByTenant(LocalDate from, LocalDate to, List<TenantLine> tenants, Revenue.Line total) {
    }

    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public ByTenant byTenant(LocalDate from, LocalDate to) {
        Actor actor = CurrentUser.require();
        if (!actor.isPlatformUser()) {
            throw DomainException.forbidden("forbidden");
        }
        List<TenantLine> lines = new ArrayList<>();
        Revenue.Line sum = new Revenue.Line(null, 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        for (TenantId tenant : tenants.active()) {
            Revenue.Line t = CallerContext.of(actor, tenant).call(() -> report.total(from, to));
            String name = tenants.find(tenant).map(TenantSummary::name).orElse(String.valueOf(tenant.value()));
            lines.add(new TenantLine(tenant, name, t));
            sum = new Revenue.Line(null, sum.orders() + t.orders(), sum.paid().plus(t.paid()),
                    sum.platform().plus(t.platform()), sum.tenant().plus(t.tenant()),
                    sum.provider().plus(t.provider()));
        }
        return new ByTenant(from, to, lines, sum);
    }
}
